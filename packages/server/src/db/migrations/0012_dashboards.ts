import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes, type PortableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description = 'Dashboards: their charts, owners and roles, and CSS templates';

type Builder = ReturnType<Kysely<unknown>['schema']['createTable']>;

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

function dashboardColumns(table: Builder, type: PortableColumnTypes): Builder {
  return table
    .addColumn('uuid', type.varchar(36), (col) => col.notNull())
    .addColumn('dashboard_title', type.varchar(500))
    .addColumn('position_json', type.jsonText)
    .addColumn('json_metadata', type.jsonText)
    .addColumn('description', type.text)
    .addColumn('css', type.jsonText)
    .addColumn('slug', type.varchar(255))
    .addColumn('published', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('certified_by', type.text)
    .addColumn('certification_details', type.text)
    .addColumn('is_managed_externally', type.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('external_url', type.text)
    .addUniqueConstraint('uq_dashboards_uuid', ['uuid'])
    .addUniqueConstraint('uq_dashboards_slug', ['slug']);
}

/** A link table `name` between `dashboards` and `other`, both sides cascading. */
function linkTable(
  db: Kysely<unknown>,
  dialect: MetadataDialect,
  name: string,
  column: string,
  other: string,
) {
  const type = portableColumnTypes(dialect);
  return addIdColumn(db.schema.createTable(name), dialect)
    .addColumn('dashboard_id', type.integer, (col) => col.notNull())
    .addColumn(column, type.integer, (col) => col.notNull())
    .addUniqueConstraint(`uq_${name}`, ['dashboard_id', column])
    .addForeignKeyConstraint(
      `fk_${name}_dashboard_id`,
      ['dashboard_id'],
      'dashboards',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(`fk_${name}_${column}`, [column], other, ['id'], (fk) =>
      fk.onDelete('cascade'),
    );
}

/**
 * Creates Superset's `dashboards` (slug and uuid unique; a null slug may repeat),
 * `dashboard_slices` (the charts of a dashboard), `dashboard_user` (owners),
 * `dashboard_roles` (who may see it with DASHBOARD_RBAC) and `css_templates`. The links go
 * with their dashboard, chart, user or role.
 */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  await withAudit(
    dashboardColumns(addIdColumn(db.schema.createTable('dashboards'), dialect), type),
    type,
    'dashboards',
  ).execute();
  await linkTable(db, dialect, 'dashboard_slices', 'slice_id', 'slices').execute();
  await linkTable(db, dialect, 'dashboard_user', 'user_id', 'ab_user').execute();
  await linkTable(db, dialect, 'dashboard_roles', 'role_id', 'ab_role').execute();
  await db.schema
    .createIndex('ix_dashboard_slices_slice_id')
    .on('dashboard_slices')
    .column('slice_id')
    .execute();

  await withAudit(
    addIdColumn(db.schema.createTable('css_templates'), dialect)
      .addColumn('uuid', type.varchar(36))
      .addColumn('template_name', type.varchar(250), (col) => col.notNull())
      .addColumn('css', type.jsonText)
      .addUniqueConstraint('uq_css_templates_uuid', ['uuid']),
    type,
    'css_templates',
  ).execute();
}

/** Drops the five tables, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('css_templates').execute();
  await db.schema.dropTable('dashboard_roles').execute();
  await db.schema.dropTable('dashboard_user').execute();
  await db.schema.dropTable('dashboard_slices').execute();
  await db.schema.dropTable('dashboards').execute();
}
