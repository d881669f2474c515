import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'ab_user.sessions_valid_after: sessions and tokens issued earlier end';

/**
 * Adds `ab_user.sessions_valid_after`: set when the user's password changes or the user is
 * deactivated, so every session cookie and access token issued before it is refused.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await db.schema.alterTable('ab_user').addColumn('sessions_valid_after', type.timestamp).execute();
}

/** Drops `ab_user.sessions_valid_after`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ab_user').dropColumn('sessions_valid_after').execute();
}
