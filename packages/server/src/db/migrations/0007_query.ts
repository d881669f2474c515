import { sql, type Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'SQL Lab runs: the query table (one row per execution)';

/** Epoch milliseconds with microseconds, as Superset stores query times. */
const EPOCH_MS = sql`numeric(20, 6)`;

/**
 * Creates Superset's `query` table: one row per SQL Lab run, its states and times. Rows go
 * with their database (a deleted database takes its history along, as Superset's ORM
 * cascade does); a deleted user leaves the rows without an owner.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await addIdColumn(db.schema.createTable('query'), dialect)
    .addColumn('client_id', type.varchar(11), (col) => col.notNull())
    .addColumn('database_id', type.integer, (col) => col.notNull())
    .addColumn('tmp_table_name', type.varchar(256))
    .addColumn('tmp_schema_name', type.varchar(256))
    .addColumn('user_id', type.integer)
    .addColumn('status', type.varchar(16), (col) => col.notNull().defaultTo('pending'))
    .addColumn('tab_name', type.varchar(256))
    .addColumn('sql_editor_id', type.varchar(256))
    .addColumn('schema', type.varchar(256))
    .addColumn('catalog', type.varchar(256))
    .addColumn('sql', type.jsonText)
    .addColumn('select_sql', type.jsonText)
    .addColumn('executed_sql', type.jsonText)
    .addColumn('limit', type.integer)
    .addColumn('limiting_factor', type.varchar(32), (col) => col.notNull().defaultTo('UNKNOWN'))
    .addColumn('select_as_cta', type.boolean)
    .addColumn('select_as_cta_used', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('ctas_method', type.varchar(16), (col) => col.defaultTo('TABLE'))
    .addColumn('progress', type.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('rows', type.integer)
    .addColumn('error_message', type.text)
    .addColumn('results_key', type.varchar(64))
    .addColumn('start_time', EPOCH_MS)
    .addColumn('start_running_time', EPOCH_MS)
    .addColumn('end_time', EPOCH_MS)
    .addColumn('end_result_backend_time', EPOCH_MS)
    .addColumn('tracking_url', type.text)
    .addColumn('extra_json', type.jsonText)
    .addColumn('changed_on', type.timestamp)
    .addUniqueConstraint('uq_query_client_id', ['client_id'])
    .addForeignKeyConstraint('fk_query_database_id', ['database_id'], 'dbs', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('fk_query_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('ti_user_id_changed_on')
    .on('query')
    .columns(['user_id', 'changed_on'])
    .execute();
  await db.schema.createIndex('ix_query_results_key').on('query').column('results_key').execute();
  await db.schema.createIndex('ix_query_status').on('query').column('status').execute();
}

/** Drops `query`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('query').execute();
}
