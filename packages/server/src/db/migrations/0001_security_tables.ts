import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';
import { addIdColumn, portableColumnTypes } from './column-types.js';

/** Shown by `superset db history`. */
export const description =
  'Security tables: users, roles, permissions, view menus and their links (FAB names)';

/** One side of a link table: its column and the table it points at. */
interface Link {
  column: string;
  target: string;
}

/** A link table: two required references, unique as a pair, deleted with either end. */
async function createLinkTable(
  db: Kysely<unknown>,
  dialect: MetadataDialect,
  name: string,
  [first, second]: readonly [Link, Link],
): Promise<void> {
  let table = addIdColumn(db.schema.createTable(name), dialect)
    .addColumn(first.column, 'integer', (col) => col.notNull())
    .addColumn(second.column, 'integer', (col) => col.notNull())
    .addUniqueConstraint(`uq_${name}`, [first.column, second.column]);
  for (const link of [first, second]) {
    table = table.addForeignKeyConstraint(
      `fk_${name}_${link.column}`,
      [link.column],
      link.target,
      ['id'],
      (fk) => fk.onDelete('cascade'),
    );
  }
  await table.execute();
}

/** Creates FAB's seven security tables with Superset's names and lengths. */
export async function up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void> {
  const type = portableColumnTypes(dialect);
  for (const [name, length] of [
    ['ab_permission', 100],
    ['ab_view_menu', 250],
    ['ab_role', 64],
  ] as const) {
    await addIdColumn(db.schema.createTable(name), dialect)
      .addColumn('name', type.varchar(length), (col) => col.notNull())
      .addUniqueConstraint(`uq_${name}_name`, ['name'])
      .execute();
  }

  await createLinkTable(db, dialect, 'ab_permission_view', [
    { column: 'permission_id', target: 'ab_permission' },
    { column: 'view_menu_id', target: 'ab_view_menu' },
  ]);
  await createLinkTable(db, dialect, 'ab_permission_view_role', [
    { column: 'permission_view_id', target: 'ab_permission_view' },
    { column: 'role_id', target: 'ab_role' },
  ]);

  await addIdColumn(db.schema.createTable('ab_user'), dialect)
    .addColumn('first_name', type.varchar(64), (col) => col.notNull())
    .addColumn('last_name', type.varchar(64), (col) => col.notNull())
    .addColumn('username', type.varchar(100), (col) => col.notNull())
    .addColumn('password', type.varchar(256))
    .addColumn('active', type.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('email', type.varchar(320), (col) => col.notNull())
    .addColumn('last_login', type.timestamp)
    .addColumn('login_count', type.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('fail_login_count', type.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_on', type.timestamp)
    .addColumn('changed_on', type.timestamp)
    .addColumn('created_by_fk', type.integer)
    .addColumn('changed_by_fk', type.integer)
    .addUniqueConstraint('uq_ab_user_username', ['username'])
    .addUniqueConstraint('uq_ab_user_email', ['email'])
    .addForeignKeyConstraint(
      'fk_ab_user_created_by_fk',
      ['created_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .addForeignKeyConstraint(
      'fk_ab_user_changed_by_fk',
      ['changed_by_fk'],
      'ab_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .execute();

  await createLinkTable(db, dialect, 'ab_user_role', [
    { column: 'user_id', target: 'ab_user' },
    { column: 'role_id', target: 'ab_role' },
  ]);
}

/** Drops the security tables, link tables before the tables they point at. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'ab_user_role',
    'ab_user',
    'ab_permission_view_role',
    'ab_permission_view',
    'ab_role',
    'ab_view_menu',
    'ab_permission',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
