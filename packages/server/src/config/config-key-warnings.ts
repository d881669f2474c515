import { DEFAULT_FEATURE_FLAGS } from '@superset-ts/shared';

import { DERIVED_KEYS } from './config-types.js';
import { closestMatch } from './edit-distance.js';

const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;

/** Names a config module exports, split into config keys and helpers. */
export interface SortedExports {
  /** UPPER_CASE exports: the config keys. */
  readonly keys: Readonly<Record<string, unknown>>;
  /** Warnings about exports that look like mistakes. */
  readonly warnings: readonly string[];
}

/**
 * Keeps the UPPER_CASE exports of a config module (lower-case exports are helpers) and warns
 * about names that are probably mistakes: unknown keys, keys the loader derives, and helpers
 * whose name is a known key in the wrong case.
 */
export function sortExports(
  exported: Readonly<Record<string, unknown>>,
  knownKeys: ReadonlySet<string>,
  origin: string,
): SortedExports {
  const keys: Record<string, unknown> = {};
  const warnings: string[] = [];
  const derived = new Set<string>(DERIVED_KEYS);

  for (const [name, value] of Object.entries(exported)) {
    if (!UPPER_CASE.test(name)) {
      const upper = name.toUpperCase();
      if (knownKeys.has(upper)) {
        warnings.push(
          `${origin}: "${name}" is not UPPER_CASE, so it is treated as a helper and ignored; did you mean ${upper}?`,
        );
      }
      continue;
    }
    if (derived.has(name)) {
      warnings.push(
        `${origin}: ${name} is derived by the loader and cannot be set${name === 'DATA_DIR' ? '; set the SUPERSET_HOME environment variable instead' : ''}; ignored.`,
      );
      continue;
    }
    if (!knownKeys.has(name)) {
      warnings.push(
        `${origin}: unknown config key ${name} is ignored${suggestion(name, knownKeys)}.`,
      );
      continue;
    }
    keys[name] = value;
  }
  return { keys, warnings };
}

/**
 * Warns about FEATURE_FLAGS names that are unknown but close to a known flag (likely typos).
 * Other custom flag names are allowed silently.
 */
export function featureFlagWarnings(flags: unknown): string[] {
  if (typeof flags !== 'object' || flags === null) return [];
  const known = Object.keys(DEFAULT_FEATURE_FLAGS);
  return Object.keys(flags).flatMap((name) => {
    if (known.includes(name)) return [];
    const match = closestMatch(name, known, 2);
    return match === null
      ? []
      : [`FEATURE_FLAGS: ${name} is not a built-in feature flag; did you mean ${match}?`];
  });
}

function suggestion(name: string, knownKeys: ReadonlySet<string>): string {
  const match = closestMatch(name, knownKeys);
  return match === null ? '' : ` (did you mean ${match}?)`;
}
