import { DEFAULT_FEATURE_FLAGS } from '@superset-ts/shared';

import { featureFlagWarnings, sortExports } from './config-key-warnings.js';
import { buildConfigSchema } from './config-schema.js';
import type { Config } from './config-types.js';
import { resolveEnvironmentTag } from './environment-tag.js';
import { findConfigModule } from './find-config-module.js';
import { freezeConfig } from './freeze-config.js';
import { importConfigModule } from './import-config-module.js';
import { mergeConfigLayers } from './merge-config-layers.js';
import { readEnvironment, type Environment } from './read-environment.js';
import { validateConfig } from './validate-config.js';

/** Inputs of `loadConfig`. */
export interface LoadConfigOptions {
  /** The process environment (the loader reads nothing else from the process). */
  readonly env: Environment;
  /** Directory searched for superset_config.* and against which relative paths resolve. */
  readonly cwd: string;
  /** Values from command-line flags, which win over everything else. */
  readonly overrides?: Readonly<Record<string, unknown>>;
}

/** The loaded configuration, and things the user should be told about it. */
export interface LoadedConfig {
  readonly config: Config;
  readonly warnings: string[];
}

/**
 * Loads the configuration once, at start-up. Precedence, lowest first: built-in defaults, the
 * environment, the superset_config module, then `overrides`.
 *
 * @throws ConfigLoadError when the module is missing at SUPERSET_CONFIG_PATH or cannot be read.
 * @throws ConfigValidationError listing every invalid value.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const { env, cwd, overrides = {} } = options;
  const environment = readEnvironment(env, cwd);
  const schema = buildConfigSchema(environment.dataDir);
  const knownKeys = new Set(Object.keys(schema.shape));

  const found = await findConfigModule(env, cwd);
  const warnings = [...found.warnings];
  let moduleValues: Readonly<Record<string, unknown>> = {};
  if (found.file !== null) {
    const sorted = sortExports(await importConfigModule(found.file), knownKeys, found.file);
    moduleValues = sorted.keys;
    warnings.push(...sorted.warnings);
  }
  const sortedOverrides = sortExports(overrides, knownKeys, 'overrides');
  warnings.push(...sortedOverrides.warnings);

  const merged = mergeConfigLayers([
    { values: { FEATURE_FLAGS: DEFAULT_FEATURE_FLAGS }, sourceOf: () => null },
    {
      values: environment.values,
      sourceOf: (keyPath) => {
        const variable = environment.variables.get(keyPath);
        return variable === undefined ? null : `environment variable ${variable}`;
      },
    },
    { values: moduleValues, sourceOf: () => null },
    { values: sortedOverrides.keys, sourceOf: () => 'command-line override' },
  ]);
  warnings.push(...featureFlagWarnings(merged.values.FEATURE_FLAGS));

  const parsed = validateConfig(schema, merged.values, merged.sourceOf, found.file);
  const config: Config = {
    ...parsed,
    DATA_DIR: environment.dataDir,
    CONFIG_SOURCE: found.file,
    ENVIRONMENT_TAG: resolveEnvironmentTag(parsed, env),
  };
  return { config: freezeConfig(config, merged.values), warnings };
}
