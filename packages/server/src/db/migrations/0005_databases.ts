import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Database connections: the dbs table (secrets encrypted)';

/**
 * Creates Superset's `dbs` table. `sqlalchemy_uri` keeps the URL with its password masked;
 * `password`, `encrypted_extra` and `server_cert` hold `v1:` ciphertext (security/secrets).
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await addIdColumn(db.schema.createTable('dbs'), dialect)
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
    .addColumn('verbose_name', type.varchar(250))
    .addColumn('database_name', type.varchar(250), (col) => col.notNull())
    .addColumn('sqlalchemy_uri', type.varchar(1024), (col) => col.notNull())
    .addColumn('password', type.text)
    .addColumn('cache_timeout', type.integer)
    .addColumn('expose_in_sqllab', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('allow_run_async', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('allow_ctas', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('allow_cvas', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('allow_dml', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('force_ctas_schema', type.varchar(250))
    .addColumn('allow_file_upload', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('extra', type.jsonText)
    .addColumn('encrypted_extra', type.text)
    .addColumn('impersonate_user', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('server_cert', type.text)
    .addColumn('configuration_method', type.varchar(255), (col) =>
      col.notNull().defaultTo('sqlalchemy_form'),
    )
    .addColumn('is_managed_externally', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('external_url', type.text)
    .addUniqueConstraint('uq_dbs_uuid', ['uuid'])
    .addUniqueConstraint('uq_dbs_database_name', ['database_name'])
    .addUniqueConstraint('uq_dbs_verbose_name', ['verbose_name'])
    .addForeignKeyConstraint('fk_dbs_created_by_fk', ['created_by_fk'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .addForeignKeyConstraint('fk_dbs_changed_by_fk', ['changed_by_fk'], 'ab_user', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .execute();
}

/** Drops `dbs`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dbs').execute();
}
