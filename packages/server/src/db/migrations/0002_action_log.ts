import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Action log: the `logs` table written by the event logger';

/**
 * Creates Superset's `logs` table. `dashboard_id` and `slice_id` carry no foreign key, as in
 * Superset: a log line outlives the dashboard or chart it mentions.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await addIdColumn(db.schema.createTable('logs'), dialect)
    .addColumn('action', type.varchar(512))
    .addColumn('user_id', type.integer)
    .addColumn('json', type.jsonText)
    .addColumn('dttm', type.timestamp)
    .addColumn('dashboard_id', type.integer)
    .addColumn('slice_id', type.integer)
    .addColumn('duration_ms', type.integer)
    .addColumn('referrer', type.varchar(1024))
    .addForeignKeyConstraint('fk_logs_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .execute();
  await db.schema.createIndex('ix_logs_dttm').on('logs').column('dttm').execute();
  await db.schema.createIndex('ix_logs_user_id').on('logs').column('user_id').execute();
}

/** Drops the `logs` table with its indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('logs').execute();
}
