import { sql, type Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import {
  addIdColumn,
  portableColumnTypes,
  type DataTypeExpression,
  type PortableColumnTypes,
} from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Charts: slices, their owners, favourites and the key-value store';

type Builder = ReturnType<Kysely<unknown>['schema']['createTable']>;

/** Bytes of any size: a permalink's or a cached entry's encoded value. */
const BLOB_TYPE: Readonly<Record<MetadataDialect, DataTypeExpression>> = {
  sqlite: 'blob',
  postgresql: 'bytea',
  mysql: sql`longblob`,
};

/** Superset's AuditMixin columns, their users set to null when the user goes. */
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

function sliceColumns(table: Builder, type: PortableColumnTypes): Builder {
  return table
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('slice_name', type.varchar(250))
    .addColumn('datasource_id', type.integer)
    .addColumn('datasource_type', type.varchar(200))
    .addColumn('datasource_name', type.varchar(2000))
    .addColumn('viz_type', type.varchar(250))
    .addColumn('params', type.jsonText)
    .addColumn('query_context', type.jsonText)
    .addColumn('description', type.text)
    .addColumn('cache_timeout', type.integer)
    .addColumn('perm', type.varchar(1000))
    .addColumn('schema_perm', type.varchar(1000))
    .addColumn('catalog_perm', type.varchar(1000))
    .addColumn('certified_by', type.text)
    .addColumn('certification_details', type.text)
    .addColumn('is_managed_externally', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('external_url', type.text)
    .addColumn('last_saved_at', type.timestamp)
    .addColumn('last_saved_by_fk', type.integer)
    .addUniqueConstraint('uq_slices_uuid', ['uuid'])
    .addForeignKeyConstraint(
      'fk_slices_last_saved_by_fk',
      ['last_saved_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    );
}

/**
 * Creates Superset's `slices` (saved charts; `datasource_id` names a dataset without a foreign
 * key, as a chart outlives a deleted dataset and shows it missing), `slice_user` (owners, gone
 * with their chart or user), `favstar` (favourite charts and dashboards of each user) and
 * `key_value` (permalinks and the metastore cache, values as bytes).
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);

  await withAudit(
    sliceColumns(addIdColumn(db.schema.createTable('slices'), dialect), type),
    type,
    'slices',
  ).execute();
  await db.schema
    .createIndex('ix_slices_datasource')
    .on('slices')
    .columns(['datasource_id', 'datasource_type'])
    .execute();

  await addIdColumn(db.schema.createTable('slice_user'), dialect)
    .addColumn('user_id', type.integer, (col) => col.notNull())
    .addColumn('slice_id', type.integer, (col) => col.notNull())
    .addUniqueConstraint('uq_slice_user', ['user_id', 'slice_id'])
    .addForeignKeyConstraint('fk_slice_user_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('fk_slice_user_slice_id', ['slice_id'], 'slices', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await addIdColumn(db.schema.createTable('favstar'), dialect)
    .addColumn('user_id', type.integer, (col) => col.notNull())
    .addColumn('class_name', type.varchar(50), (col) => col.notNull())
    .addColumn('obj_id', type.integer, (col) => col.notNull())
    .addColumn('dttm', type.timestamp)
    .addUniqueConstraint('uq_favstar', ['user_id', 'class_name', 'obj_id'])
    .addForeignKeyConstraint('fk_favstar_user_id', ['user_id'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await withAudit(
    addIdColumn(db.schema.createTable('key_value'), dialect)
      .addColumn('resource', type.varchar(32), (col) => col.notNull())
      .addColumn('value', BLOB_TYPE[dialect], (col) => col.notNull())
      .addColumn('uuid', type.varchar(36), (col) => col.notNull())
      .addColumn('expires_on', type.timestamp)
      .addUniqueConstraint('uq_key_value_uuid', ['uuid']),
    type,
    'key_value',
  ).execute();
  await db.schema
    .createIndex('ix_key_value_resource_expires')
    .on('key_value')
    .columns(['resource', 'expires_on'])
    .execute();
}

/** Drops the four tables, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('key_value').execute();
  await db.schema.dropTable('favstar').execute();
  await db.schema.dropTable('slice_user').execute();
  await db.schema.dropTable('slices').execute();
}
