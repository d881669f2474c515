import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes, type PortableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Datasets: their columns, metrics and owners';

/** Column names are checked by the database, not the type: these tables are built in steps. */
type Builder = CreateTableBuilder<string, string>;

/** The uuid and audit columns Superset's models add, and the dataset this row belongs to. */
function datasetChild(table: Builder, type: PortableColumnTypes, name: string): Builder {
  return table
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
    .addColumn('table_id', type.integer, (col) => col.notNull())
    .addUniqueConstraint(`uq_${name}_uuid`, ['uuid'])
    .addForeignKeyConstraint(`fk_${name}_table_id`, ['table_id'], 'tables', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      `fk_${name}_created_by_fk`,
      ['created_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .addForeignKeyConstraint(
      `fk_${name}_changed_by_fk`,
      ['changed_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    );
}

/**
 * Creates Superset's `table_columns`, `sql_metrics` and `sqlatable_user` (a dataset's
 * owners). All three go with their dataset; an owner row also goes with its user. A column
 * name and a metric name are unique within their dataset.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);

  await datasetChild(
    addIdColumn(db.schema.createTable('table_columns'), dialect),
    type,
    'table_columns',
  )
    .addColumn('column_name', type.varchar(255), (col) => col.notNull())
    .addColumn('verbose_name', type.varchar(1024))
    .addColumn('is_active', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('type', type.text)
    .addColumn('advanced_data_type', type.varchar(255))
    .addColumn('groupby', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('filterable', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('description', type.jsonText)
    .addColumn('is_dttm', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('expression', type.jsonText)
    .addColumn('python_date_format', type.varchar(255))
    .addColumn('extra', type.text)
    .addUniqueConstraint('uq_table_columns_column_name', ['table_id', 'column_name'])
    .execute();

  await datasetChild(
    addIdColumn(db.schema.createTable('sql_metrics'), dialect),
    type,
    'sql_metrics',
  )
    .addColumn('metric_name', type.varchar(255), (col) => col.notNull())
    .addColumn('verbose_name', type.varchar(1024))
    .addColumn('metric_type', type.varchar(32))
    .addColumn('description', type.jsonText)
    .addColumn('d3format', type.varchar(128))
    .addColumn('currency', type.varchar(128))
    .addColumn('warning_text', type.text)
    .addColumn('expression', type.jsonText, (col) => col.notNull())
    .addColumn('extra', type.text)
    .addUniqueConstraint('uq_sql_metrics_metric_name', ['table_id', 'metric_name'])
    .execute();

  await addIdColumn(db.schema.createTable('sqlatable_user'), dialect)
    .addColumn('user_id', type.integer, (col) => col.notNull())
    .addColumn('table_id', type.integer, (col) => col.notNull())
    .addUniqueConstraint('uq_sqlatable_user', ['user_id', 'table_id'])
    .addForeignKeyConstraint('fk_sqlatable_user_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('fk_sqlatable_user_table_id', ['table_id'], 'tables', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

/** Drops the three tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sqlatable_user').execute();
  await db.schema.dropTable('sql_metrics').execute();
  await db.schema.dropTable('table_columns').execute();
}
