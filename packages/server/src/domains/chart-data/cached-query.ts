import type { DataCache } from '../../cache/data-cache.js';
import type { SingleFlight } from '../../cache/single-flight.js';
import { decodeCachePayload, encodeCachePayload } from '../../cache/cache-payload-codec.js';
import { isCacheDisabled } from './cache-timeout.js';

/** A value as it came back: from the cache (with when it was stored) or freshly run. */
export interface Loaded<T> {
  value: T;
  isCached: boolean;
  /** When the value was computed: now for a fresh run, the original time for a cached one. */
  computedAt: Date;
}

interface Stored<T> {
  value: T;
  computedAt: Date;
}

/** Reads and writes one kind of value through the data cache, running identical misses once. */
export interface CachedQueries<T> {
  /**
   * The value under `key`: from the cache unless `force` or the timeout disables it, else
   * from `run` (shared with any identical run already in flight) and then stored for
   * `timeoutSeconds` (0: no expiry, negative: not stored).
   */
  load(
    key: string,
    options: { force: boolean; timeoutSeconds: number },
    run: () => Promise<T>,
  ): Promise<Loaded<T>>;
}

/** What the cached loader is built from. */
export interface CachedQueriesDeps<T> {
  cache: DataCache;
  flights: SingleFlight<Stored<T>>;
  now: () => Date;
  /** Told when a stored entry cannot be read back (it is then recomputed). */
  onUnreadable?: (key: string, error: unknown) => void;
}

/** Builds the cache-through loader of chart query results. */
export function createCachedQueries<T>(deps: CachedQueriesDeps<T>): CachedQueries<T> {
  const read = async (key: string): Promise<Stored<T> | undefined> => {
    const bytes = await deps.cache.get(key);
    if (bytes === undefined) return undefined;
    try {
      return decodeCachePayload<Stored<T>>(bytes);
    } catch (error) {
      deps.onUnreadable?.(key, error);
      return undefined;
    }
  };

  return {
    async load(key, options, run) {
      const disabled = isCacheDisabled(options.timeoutSeconds);
      if (!options.force && !disabled) {
        const stored = await read(key);
        if (stored) return { value: stored.value, isCached: true, computedAt: stored.computedAt };
      }
      const fresh = await deps.flights.run(key, async () => {
        const value = await run();
        const entry = { value, computedAt: deps.now() };
        if (!disabled) {
          await deps.cache.set(key, encodeCachePayload(entry), options.timeoutSeconds);
        }
        return entry;
      });
      return { value: fresh.value, isCached: false, computedAt: fresh.computedAt };
    },
  };
}
