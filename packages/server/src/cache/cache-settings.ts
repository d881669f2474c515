import type { CacheConfig } from '../config/keys/cache-config.schema.js';
import type { DeepReadonly } from '../config/config-types.js';

/** A cache config key's value as the frozen Config holds it (CACHE_CONFIG, RESULTS_BACKEND...). */
export type CacheSettings = DeepReadonly<CacheConfig>;
