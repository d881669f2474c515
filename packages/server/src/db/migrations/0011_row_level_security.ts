import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Row level security: filters, and the roles and datasets they apply to';

/** A link from a filter to a role or a dataset, gone with either end. */
async function createFilterLink(
  db: Kysely<unknown>,
  dialect: MetadataDialect,
  name: string,
  column: string,
  target: string,
): Promise<void> {
  await addIdColumn(db.schema.createTable(name), dialect)
    .addColumn('rls_filter_id', 'integer', (col) => col.notNull())
    .addColumn(column, 'integer', (col) => col.notNull())
    .addUniqueConstraint(`uq_${name}`, ['rls_filter_id', column])
    .addForeignKeyConstraint(
      `fk_${name}_rls_filter_id`,
      ['rls_filter_id'],
      'row_level_security_filters',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(`fk_${name}_${column}`, [column], target, ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex(`ix_${name}_${column}`).on(name).column(column).execute();
}

/**
 * Creates Superset's `row_level_security_filters` (a WHERE fragment, Regular or Base, with
 * an optional group key) and its links `rls_filter_roles` and `rls_filter_tables`. Deleting a
 * filter, a role or a dataset removes its links.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await addIdColumn(db.schema.createTable('row_level_security_filters'), dialect)
    .addColumn('name', type.varchar(255), (col) => col.notNull())
    .addColumn('description', type.text)
    .addColumn('filter_type', type.varchar(255), (col) => col.notNull())
    .addColumn('group_key', type.varchar(255))
    .addColumn('clause', type.text, (col) => col.notNull())
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
    .addUniqueConstraint('uq_row_level_security_filters_name', ['name'])
    .addForeignKeyConstraint(
      'fk_row_level_security_filters_created_by_fk',
      ['created_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .addForeignKeyConstraint(
      'fk_row_level_security_filters_changed_by_fk',
      ['changed_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .execute();
  await createFilterLink(db, dialect, 'rls_filter_roles', 'role_id', 'ab_role');
  await createFilterLink(db, dialect, 'rls_filter_tables', 'table_id', 'tables');
}

/** Drops the links, then the filters. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rls_filter_tables').execute();
  await db.schema.dropTable('rls_filter_roles').execute();
  await db.schema.dropTable('row_level_security_filters').execute();
}
