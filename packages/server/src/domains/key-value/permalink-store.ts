import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readTimestamp, type MetadataSchema } from '../../db/index.js';

type Db = Kysely<MetadataSchema>;

const KEY = /^[0-9a-f]{32}$/;

/** The permalink key of a stored entry: its random uuid without dashes (122 random bits). */
function keyOf(uuid: string): string {
  return uuid.replace(/-/g, '');
}

function uuidOf(key: string): string | undefined {
  if (!KEY.test(key)) return undefined;
  return `${key.slice(0, 8)}-${key.slice(8, 12)}-${key.slice(12, 16)}-${key.slice(16, 20)}-${key.slice(20)}`;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Permalinks of one `key_value` resource. */
export interface PermalinkStore {
  /** Stores `value` and gives its key. */
  create(db: Db, value: unknown, meta: { userId: number | null; now: Date }): Promise<string>;
  /** The stored value, or undefined for an unknown, malformed or expired key. */
  find(db: Db, key: string, now: Date): Promise<unknown>;
}

/**
 * Permalinks of `resource` in `key_value` (Explore's, the dashboards'): JSON values under
 * unguessable keys, never expiring.
 */
export function permalinkStore(resource: string): PermalinkStore {
  return {
    async create(db, value, meta) {
      const uuid = randomUUID();
      await db
        .insertInto('key_value')
        .values({
          resource,
          value: encoder.encode(JSON.stringify(value)),
          uuid,
          created_on: meta.now,
          created_by_fk: meta.userId,
        })
        .execute();
      return keyOf(uuid);
    },

    async find(db, key, now) {
      const uuid = uuidOf(key);
      if (!uuid) return undefined;
      const row = await db
        .selectFrom('key_value')
        .select(['value', 'expires_on'])
        .where('resource', '=', resource)
        .where('uuid', '=', uuid)
        .executeTakeFirst();
      if (!row) return undefined;
      const expiresOn = readTimestamp(row.expires_on);
      if (expiresOn !== null && expiresOn <= now) return undefined;
      try {
        return JSON.parse(decoder.decode(row.value)) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}
