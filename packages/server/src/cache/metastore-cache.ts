import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readTimestamp, type MetadataSchema } from '../db/index.js';
import type { DataCache } from './data-cache.js';

/** Superset's key_value resource of SupersetMetastoreCache entries. */
export const METASTORE_CACHE_RESOURCE = 'superset_metastore_cache';

/**
 * The uuid an entry is stored under: a name-based (version 5 layout) uuid of the prefixed
 * key, so a key maps to one row on every server and the key itself is never stored.
 */
export function metastoreUuidOf(key: string): string {
  const hash = createHash('sha1').update(key).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface MetastoreCacheOptions {
  kysely: Kysely<MetadataSchema>;
  /** Put before every key (the config's CACHE_KEY_PREFIX). */
  keyPrefix?: string;
  now?: () => Date;
}

/**
 * SupersetMetastoreCache: entries as rows of the metadata database's `key_value` table, so
 * Explore form data and filter state survive restarts and are shared by every server process
 * without Redis. Expired rows are treated as absent and replaced on the next write.
 */
export function createMetastoreCache(options: MetastoreCacheOptions): DataCache {
  const { kysely } = options;
  const now = options.now ?? (() => new Date());
  const uuidOf = (key: string) => metastoreUuidOf(`${options.keyPrefix ?? ''}${key}`);
  const remove = (db: Kysely<MetadataSchema>, uuid: string) =>
    db
      .deleteFrom('key_value')
      .where('resource', '=', METASTORE_CACHE_RESOURCE)
      .where('uuid', '=', uuid)
      .execute();

  return {
    async get(key) {
      const row = await kysely
        .selectFrom('key_value')
        .select(['value', 'expires_on'])
        .where('resource', '=', METASTORE_CACHE_RESOURCE)
        .where('uuid', '=', uuidOf(key))
        .executeTakeFirst();
      if (!row) return undefined;
      const expiresOn = readTimestamp(row.expires_on);
      if (expiresOn !== null && expiresOn <= now()) return undefined;
      return new Uint8Array(row.value);
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds < 0) return;
      const uuid = uuidOf(key);
      const at = now();
      await kysely.transaction().execute(async (trx) => {
        await remove(trx, uuid);
        await trx
          .insertInto('key_value')
          .values({
            resource: METASTORE_CACHE_RESOURCE,
            value,
            uuid,
            created_on: at,
            changed_on: at,
            expires_on: ttlSeconds === 0 ? null : new Date(at.getTime() + ttlSeconds * 1000),
          })
          .execute();
      });
    },
    async delete(key) {
      await remove(kysely, uuidOf(key));
    },
    async close() {
      // The metadata database belongs to the app, which closes it.
    },
  };
}
