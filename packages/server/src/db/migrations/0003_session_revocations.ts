import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Session revocations: logged-out session ids, until they expire';

/**
 * Creates `session_revocations`: the id of each session that logged out, kept until the
 * session would have expired anyway, so a copy of its cookie stops working at logout.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await db.schema
    .createTable('session_revocations')
    .addColumn('sid', type.varchar(64), (col) => col.primaryKey())
    .addColumn('expires_on', type.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('ix_session_revocations_expires_on')
    .on('session_revocations')
    .column('expires_on')
    .execute();
}

/** Drops `session_revocations` with its index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('session_revocations').execute();
}
