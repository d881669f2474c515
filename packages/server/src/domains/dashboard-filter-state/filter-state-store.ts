import { randomBytes } from 'node:crypto';
import type { DataCache } from '../../cache/data-cache.js';

/** One dashboard's native-filter state (Superset's filter_state Entry). */
export interface FilterStateEntry {
  /** The user who stored it; only they may change or delete it. */
  owner: number | null;
  /** The filter state, as the JSON text the client sent. */
  value: string;
}

/** A new unguessable key (256 random bits, URL-safe). */
export function randomFilterStateKey(): string {
  return randomBytes(32).toString('base64url');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ENTRY_PREFIX = 'dashboard_filter_state:';
const CONTEXT_PREFIX = 'dashboard_filter_state_context:';

function isEntry(value: unknown): value is FilterStateEntry {
  const entry = value as Partial<FilterStateEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (typeof entry.owner === 'number' || entry.owner === null) &&
    typeof entry.value === 'string'
  );
}

/**
 * Dashboard filter states in a DataCache (FILTER_STATE_CACHE_CONFIG), each under its
 * dashboard and a random key, living `ttlSeconds` (renewed on read when `refreshOnRead`).
 * A key belongs to one dashboard: asked for under another, it is unknown.
 */
export function createFilterStateStore(
  cache: DataCache,
  options: { ttlSeconds: number; refreshOnRead: boolean },
) {
  const entryKey = (dashboardId: number, key: string) => `${ENTRY_PREFIX}${dashboardId}:${key}`;
  const write = (cacheKey: string, text: string) =>
    cache.set(cacheKey, encoder.encode(text), options.ttlSeconds);

  return {
    async get(dashboardId: number, key: string): Promise<FilterStateEntry | undefined> {
      const bytes = await cache.get(entryKey(dashboardId, key));
      if (!bytes) return undefined;
      let entry: unknown;
      try {
        entry = JSON.parse(decoder.decode(bytes));
      } catch {
        return undefined;
      }
      if (!isEntry(entry)) return undefined;
      if (options.refreshOnRead) {
        await cache.set(entryKey(dashboardId, key), bytes, options.ttlSeconds);
      }
      return entry;
    },

    async set(dashboardId: number, key: string, entry: FilterStateEntry): Promise<void> {
      await write(entryKey(dashboardId, key), JSON.stringify(entry));
    },

    async delete(dashboardId: number, key: string): Promise<void> {
      await cache.delete(entryKey(dashboardId, key));
    },

    /** The key this user's tab last used for this dashboard, if any. */
    async contextualKey(context: string): Promise<string | undefined> {
      const bytes = await cache.get(CONTEXT_PREFIX + context);
      return bytes ? decoder.decode(bytes) : undefined;
    },

    async rememberContextualKey(context: string, key: string): Promise<void> {
      await write(CONTEXT_PREFIX + context, key);
    },
  };
}

/** The filter-state store, as the service receives it. */
export type FilterStateStore = ReturnType<typeof createFilterStateStore>;
