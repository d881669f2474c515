import { configKeyAreas } from './config-schema.js';
import { capabilityOf, type Capability } from './keys/capabilities.js';

/** The placeholder that stands for the data directory in documented defaults. */
export const DATA_DIR_PLACEHOLDER = '<DATA_DIR>';

/** One documented config key. */
export interface ConfigKeyInfo {
  readonly key: string;
  readonly description: string;
  /** The built-in default; paths under the data directory show `<DATA_DIR>`. */
  readonly defaultValue: unknown;
  /** The area the docs list the key under. */
  readonly area: string;
  /** The capability that implements the key, read from its description. */
  readonly capability: Capability | null;
}

/** Every config key with its description and default, grouped by area in documentation order. */
export function listConfigKeys(): ConfigKeyInfo[] {
  return configKeyAreas(DATA_DIR_PLACEHOLDER).flatMap((area) =>
    Object.entries(area.shape).map(([key, schema]) => {
      const description = schema.description ?? '';
      return {
        key,
        description,
        defaultValue: schema.parse(undefined),
        area: area.title,
        capability: capabilityOf(description),
      };
    }),
  );
}
