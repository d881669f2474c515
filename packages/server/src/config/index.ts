export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './load-config.js';
export type { Config, ConfigInput, DerivedConfig, EnvironmentTag } from './config-types.js';
export {
  ConfigError,
  ConfigLoadError,
  ConfigValidationError,
  InsecureSecretKeyError,
  type ConfigProblem,
} from './config-errors.js';
export { DEFAULT_SECRET_KEY } from './keys/security.keys.js';
export { assertProductionSecretKey, MIN_SECRET_KEY_LENGTH } from './secret-key.js';
export { isFeatureEnabled } from './feature-flags.js';
export { listConfigKeys, type ConfigKeyInfo } from './list-config-keys.js';
export { CAPABILITIES, type Capability } from './keys/capabilities.js';
export type * from './keys/hook-types.js';
export type { CacheConfig } from './keys/cache-config.schema.js';
export type { Environment } from './read-environment.js';
