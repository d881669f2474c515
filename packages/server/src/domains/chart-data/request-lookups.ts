/**
 * What one request reads for many queries, read once: a dashboard's charts mostly share a
 * few datasets, so their dataset, database and row-level-security lookups are shared within
 * the request (never across requests, so nothing outlives a change or another caller).
 */
export class RequestLookups {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** The value under `key`: loaded by the first caller, shared with the later ones. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key) as Promise<T> | undefined;
    if (known) return known;
    const loading = load();
    this.entries.set(key, loading);
    return loading;
  }
}

/** Loads directly when no request scope is given (a single chart request). */
export function lookupOnce<T>(
  lookups: RequestLookups | undefined,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  return lookups ? lookups.once(key, load) : load();
}
