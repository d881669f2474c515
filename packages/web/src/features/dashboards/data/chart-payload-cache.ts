import type { ChartDataResult } from '@superset-ts/shared';

/**
 * Chart payloads kept in the browser's memory by the request that fetched them (Superset's
 * CLIENT_CACHE feature flag), so going back to a filter state draws at once. The oldest
 * entries leave first once `maxEntries` are held.
 */
export class ChartPayloadCache {
  private readonly entries = new Map<string, readonly ChartDataResult[]>();

  constructor(private readonly maxEntries = 200) {}

  /** The payload fetched for `requestKey`, if kept. */
  find(requestKey: string): readonly ChartDataResult[] | undefined {
    const payload = this.entries.get(requestKey);
    if (payload) {
      this.entries.delete(requestKey);
      this.entries.set(requestKey, payload);
    }
    return payload;
  }

  /** Keeps a payload (failed queries are not kept). */
  store(requestKey: string, payload: readonly ChartDataResult[]): void {
    if (payload.some((result) => result.error || result.status === 'failed')) return;
    this.entries.delete(requestKey);
    this.entries.set(requestKey, payload);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Forgets a payload (a force refresh). */
  forget(requestKey: string): void {
    this.entries.delete(requestKey);
  }
}

/** The page session's cache, shared by every dashboard opened in this tab. */
export const chartPayloadCache = new ChartPayloadCache();
