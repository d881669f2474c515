import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes, type PortableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = "SQL Lab: saved queries, the editor's tabs and their table browsers";

type Builder = ReturnType<Kysely<unknown>['schema']['createTable']>;

/** The audit columns Superset's AuditMixin adds to each of these tables. */
function withAudit(table: Builder, type: PortableColumnTypes, name: string): Builder {
  return table
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
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
 * Creates Superset's `saved_query`, `tab_state` and `table_schema`. Saved queries and tabs
 * go with their database; tabs go with their user; a tab's table browsers go with the tab.
 * `tab_state.latest_query_id` names a `query.client_id` without a foreign key: runs are
 * pruned independently of the tabs that showed them.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);

  await withAudit(addIdColumn(db.schema.createTable('saved_query'), dialect), type, 'saved_query')
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('user_id', type.integer)
    .addColumn('db_id', type.integer)
    .addColumn('catalog', type.varchar(256))
    .addColumn('schema', type.varchar(128))
    .addColumn('label', type.varchar(256))
    .addColumn('description', type.text)
    .addColumn('sql', type.jsonText)
    .addColumn('template_parameters', type.text)
    .addColumn('extra_json', type.text)
    .addColumn('last_run', type.timestamp)
    .addColumn('rows', type.integer)
    .addUniqueConstraint('uq_saved_query_uuid', ['uuid'])
    .addForeignKeyConstraint('fk_saved_query_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .addForeignKeyConstraint('fk_saved_query_db_id', ['db_id'], 'dbs', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await withAudit(addIdColumn(db.schema.createTable('tab_state'), dialect), type, 'tab_state')
    .addColumn('extra_json', type.text)
    .addColumn('user_id', type.integer)
    .addColumn('label', type.varchar(256))
    .addColumn('active', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('database_id', type.integer)
    .addColumn('catalog', type.varchar(256))
    .addColumn('schema', type.varchar(256))
    .addColumn('sql', type.jsonText)
    .addColumn('query_limit', type.integer)
    .addColumn('latest_query_id', type.varchar(11))
    .addColumn('autorun', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('template_params', type.text)
    .addColumn('hide_left_bar', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('saved_query_id', type.integer)
    .addForeignKeyConstraint('fk_tab_state_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('fk_tab_state_database_id', ['database_id'], 'dbs', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'fk_tab_state_saved_query_id',
      ['saved_query_id'],
      'saved_query',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .execute();
  await db.schema.createIndex('ix_tab_state_user_id').on('tab_state').column('user_id').execute();

  await withAudit(addIdColumn(db.schema.createTable('table_schema'), dialect), type, 'table_schema')
    .addColumn('extra_json', type.text)
    .addColumn('tab_state_id', type.integer)
    .addColumn('database_id', type.integer, (col) => col.notNull())
    .addColumn('catalog', type.varchar(256))
    .addColumn('schema', type.varchar(256))
    .addColumn('table', type.varchar(256))
    .addColumn('description', type.jsonText)
    .addColumn('expanded', type.boolean, (col) => col.notNull().defaultTo(false))
    .addForeignKeyConstraint(
      'fk_table_schema_tab_state_id',
      ['tab_state_id'],
      'tab_state',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('fk_table_schema_database_id', ['database_id'], 'dbs', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

/** Drops the three tables, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('table_schema').execute();
  await db.schema.dropTable('tab_state').execute();
  await db.schema.dropTable('saved_query').execute();
}
