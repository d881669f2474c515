import { formatKeyPath } from './key-path.js';

/** One source of config values: the environment, the config module or the caller's overrides. */
export interface ConfigLayer {
  readonly values: Readonly<Record<string, unknown>>;
  /** Names where a key path's value came from (null: the config module, named elsewhere). */
  readonly sourceOf: (keyPath: string) => string | null;
}

/** Values merged from every layer, and where each one came from. */
export interface MergedConfig {
  readonly values: Readonly<Record<string, unknown>>;
  readonly sourceOf: (keyPath: string) => string | null;
}

/** Keys whose object values merge key by key across layers instead of replacing each other. */
const MERGED_KEYS = new Set(['FEATURE_FLAGS']);

/**
 * Merges layers from lowest to highest precedence. An undefined value does not count as set.
 * FEATURE_FLAGS merges flag by flag; every other key is replaced whole.
 */
export function mergeConfigLayers(layers: readonly ConfigLayer[]): MergedConfig {
  const values: Record<string, unknown> = {};
  const sources = new Map<string, string | null>();

  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      if (value === undefined) continue;
      const previous = values[key];
      if (MERGED_KEYS.has(key) && isRecord(value) && isRecord(previous)) {
        values[key] = { ...previous, ...value };
        for (const name of Object.keys(value)) {
          const keyPath = formatKeyPath([key, name]);
          sources.set(keyPath, layer.sourceOf(keyPath));
        }
        continue;
      }
      values[key] = value;
      for (const keyPath of sources.keys()) {
        if (keyPath.startsWith(`${key}.`) || keyPath.startsWith(`${key}[`)) sources.delete(keyPath);
      }
      sources.set(key, layer.sourceOf(key));
    }
  }
  return { values, sourceOf: (keyPath) => sources.get(keyPath) ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
