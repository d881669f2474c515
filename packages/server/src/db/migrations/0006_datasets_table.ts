import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Datasets: the tables table (one row per dataset of a database)';

/**
 * Creates Superset's `tables` table, the dataset row. Its database reference has no cascade:
 * a database with datasets cannot be deleted. A dataset is unique per database, catalog,
 * schema and table name (rows with a null catalog or schema are not compared, as in Superset).
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await addIdColumn(db.schema.createTable('tables'), dialect)
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
    .addColumn('table_name', type.varchar(250), (col) => col.notNull())
    .addColumn('main_dttm_col', type.varchar(250))
    .addColumn('default_endpoint', type.text)
    .addColumn('database_id', type.integer, (col) => col.notNull())
    .addColumn('offset', type.integer, (col) => col.defaultTo(0))
    .addColumn('description', type.text)
    .addColumn('is_featured', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('cache_timeout', type.integer)
    .addColumn('schema', type.varchar(255))
    .addColumn('sql', type.jsonText)
    .addColumn('params', type.jsonText)
    .addColumn('perm', type.varchar(1000))
    .addColumn('filter_select_enabled', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('fetch_values_predicate', type.text)
    .addColumn('is_sqllab_view', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('template_params', type.jsonText)
    .addColumn('schema_perm', type.varchar(1000))
    .addColumn('catalog', type.varchar(256))
    .addColumn('catalog_perm', type.varchar(1000))
    .addColumn('extra', type.jsonText)
    .addColumn('normalize_columns', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('always_filter_main_dttm', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('is_managed_externally', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('external_url', type.text)
    .addUniqueConstraint('uq_tables_uuid', ['uuid'])
    .addUniqueConstraint('uq_tables_database_catalog_schema_table', [
      'database_id',
      'catalog',
      'schema',
      'table_name',
    ])
    .addForeignKeyConstraint('fk_tables_database_id', ['database_id'], 'dbs', ['id'])
    .addForeignKeyConstraint(
      'fk_tables_created_by_fk',
      ['created_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .addForeignKeyConstraint(
      'fk_tables_changed_by_fk',
      ['changed_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .execute();
}

/** Drops `tables`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tables').execute();
}
