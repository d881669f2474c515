import type { ResultsBackend } from './results-backend.js';

/**
 * Results kept in this process's memory (CACHE_TYPE SimpleCache): lost on restart and not
 * shared between processes, so only for a single-process server or tests.
 */
export function createMemoryResultsBackend(now: () => number = Date.now): ResultsBackend {
  const entries = new Map<string, { value: Buffer; expiresAt: number }>();
  return {
    set(key, value, timeoutSeconds) {
      const expiresAt = timeoutSeconds && timeoutSeconds > 0 ? now() + timeoutSeconds * 1000 : 0;
      entries.set(key, { value, expiresAt });
      return Promise.resolve();
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve(null);
      if (entry.expiresAt !== 0 && entry.expiresAt <= now()) {
        entries.delete(key);
        return Promise.resolve(null);
      }
      return Promise.resolve(entry.value);
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
    close() {
      entries.clear();
      return Promise.resolve();
    },
  };
}
