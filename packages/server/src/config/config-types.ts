import type { z } from 'zod';

import type { ConfigSchema } from './config-schema.js';

/** `T` made read-only all the way down; functions are left as they are. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The environment badge selected from ENVIRONMENT_TAG_CONFIG, when one applies. */
export interface EnvironmentTag {
  readonly text: string;
  readonly color: string;
}

/** Values the loader derives rather than reads from a config key. */
export interface DerivedConfig {
  /** Absolute SUPERSET_HOME (default `<HOME>/.superset`). */
  readonly DATA_DIR: string;
  /** Absolute path of the superset_config module loaded, or null when none was found. */
  readonly CONFIG_SOURCE: string | null;
  /** The environment badge, from ENVIRONMENT_TAG_CONFIG and its environment variable. */
  readonly ENVIRONMENT_TAG: EnvironmentTag | null;
}

/** The parsed, frozen configuration: Superset's UPPER_CASE keys plus the derived values. */
export type Config = DeepReadonly<z.output<ConfigSchema>> & DerivedConfig;

/**
 * What a superset_config module may export, for users who want their config type-checked:
 * `export default { ROW_LIMIT: 5000 } satisfies ConfigInput`.
 */
export type ConfigInput = z.input<ConfigSchema>;

/** Keys the loader derives; a config module cannot set them. */
export const DERIVED_KEYS: readonly (keyof DerivedConfig)[] = [
  'DATA_DIR',
  'CONFIG_SOURCE',
  'ENVIRONMENT_TAG',
];
