/**
 * A byte cache with per-entry time-to-live, the interface behind DATA_CACHE_CONFIG (chart
 * data), CACHE_CONFIG (metadata) and the Explore form-data stores. Implementations: null (no
 * caching), in-process LRU (the default) and Redis. Values are opaque bytes; callers encode
 * them (msgpack for result sets).
 */
export interface DataCache {
  /** The stored value, or undefined when absent or expired. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Stores a value; `ttlSeconds` 0 means "no expiry", a negative value means "do not store". */
  set(key: string, value: Uint8Array, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Releases connections; the cache is unusable afterwards. */
  close(): Promise<void>;
}
