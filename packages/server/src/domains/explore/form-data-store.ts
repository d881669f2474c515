import { randomBytes } from 'node:crypto';
import type { DataCache } from '../../cache/data-cache.js';

/** One unsaved Explore state (Superset's TemporaryExploreState). */
export interface ExploreFormDataEntry {
  /** The user who stored it; only they may change or delete it. */
  owner: number | null;
  datasource_id: number;
  datasource_type: string;
  chart_id: number | null;
  /** The form data, as the JSON text the client sent. */
  form_data: string;
}

/** A new unguessable key (256 random bits, URL-safe). */
export function randomFormDataKey(): string {
  return randomBytes(32).toString('base64url');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ENTRY_PREFIX = 'explore_form_data:';
const CONTEXT_PREFIX = 'explore_form_data_context:';

function isEntry(value: unknown): value is ExploreFormDataEntry {
  const entry = value as Partial<ExploreFormDataEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.datasource_id === 'number' &&
    typeof entry.form_data === 'string'
  );
}

/**
 * Explore's unsaved states in a DataCache (EXPLORE_FORM_DATA_CACHE_CONFIG), each under a
 * random key and living `ttlSeconds` (renewed on read when `refreshOnRead`). A user's browser
 * tab editing one chart or dataset reuses its key, as Superset's contextual key does.
 */
export function createFormDataStore(
  cache: DataCache,
  options: { ttlSeconds: number; refreshOnRead: boolean },
) {
  const write = (key: string, value: string) =>
    cache.set(key, encoder.encode(value), options.ttlSeconds);

  return {
    async get(key: string): Promise<ExploreFormDataEntry | undefined> {
      const bytes = await cache.get(ENTRY_PREFIX + key);
      if (!bytes) return undefined;
      let entry: unknown;
      try {
        entry = JSON.parse(decoder.decode(bytes));
      } catch {
        return undefined;
      }
      if (!isEntry(entry)) return undefined;
      if (options.refreshOnRead) await cache.set(ENTRY_PREFIX + key, bytes, options.ttlSeconds);
      return entry;
    },

    async set(key: string, entry: ExploreFormDataEntry): Promise<void> {
      await write(ENTRY_PREFIX + key, JSON.stringify(entry));
    },

    async delete(key: string): Promise<void> {
      await cache.delete(ENTRY_PREFIX + key);
    },

    /** The key this user's tab last used for this chart or dataset, if any. */
    async contextualKey(context: string): Promise<string | undefined> {
      const bytes = await cache.get(CONTEXT_PREFIX + context);
      return bytes ? decoder.decode(bytes) : undefined;
    },

    async rememberContextualKey(context: string, key: string): Promise<void> {
      await write(CONTEXT_PREFIX + context, key);
    },
  };
}

/** The form-data store, as the service receives it. */
export type FormDataStore = ReturnType<typeof createFormDataStore>;
