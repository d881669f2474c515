import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMigrationRunner, type MigrationRunner } from '../migrator.js';
import { describeOnEveryBackend } from '../test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../test-support/scratch-metadata-db.js';

const BEFORE = '0010_charts';
const REVISION = '0011_row_level_security';
const RLS_TABLES = ['row_level_security_filters', 'rls_filter_roles', 'rls_filter_tables'];

async function tableNames(kysely: Kysely<unknown>): Promise<string[]> {
  return (await kysely.introspection.getTables()).map((table) => table.name);
}

describeOnEveryBackend('migration 0011_row_level_security', (backend) => {
  let scratch: ScratchMetadataDb;
  let runner: MigrationRunner;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend, { isMigrated: false });
    runner = createMigrationRunner(scratch.db);
    await runner.upgrade(REVISION);
  });
  afterEach(async () => {
    await scratch.close();
  });

  it('downgrades and upgrades again', async () => {
    expect(await runner.downgrade(BEFORE)).toEqual([REVISION]);
    const names = await tableNames(scratch.db.kysely as Kysely<unknown>);
    for (const table of RLS_TABLES) expect(names).not.toContain(table);
    expect(await runner.upgrade(REVISION)).toEqual([REVISION]);
    expect(await tableNames(scratch.db.kysely as Kysely<unknown>)).toEqual(
      expect.arrayContaining(RLS_TABLES),
    );
  });

  it('keeps filter names unique, and drops links with their filter, role or dataset', async () => {
    const { kysely } = scratch.db;
    await kysely
      .insertInto('dbs')
      .values({ uuid: randomUUID(), database_name: 'db', sqlalchemy_uri: 'sqlite://' })
      .execute();
    const db = await kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    for (const name of ['orders', 'customers']) {
      await kysely
        .insertInto('tables')
        .values({ uuid: randomUUID(), table_name: name, database_id: db.id })
        .execute();
    }
    const [orders, customers] = await kysely
      .selectFrom('tables')
      .select('id')
      .orderBy('table_name', 'desc')
      .execute();
    await kysely
      .insertInto('ab_role')
      .values([{ name: 'Sales' }, { name: 'Finance' }])
      .execute();
    const roles = await kysely.selectFrom('ab_role').select(['id', 'name']).execute();
    const roleId = (name: string) => roles.find((role) => role.name === name)?.id ?? 0;

    const filter = (name: string) => ({ name, filter_type: 'Regular' as const, clause: '1 = 1' });
    await kysely.insertInto('row_level_security_filters').values(filter('east')).execute();
    await expect(
      kysely.insertInto('row_level_security_filters').values(filter('east')).execute(),
    ).rejects.toThrow();
    await kysely.insertInto('row_level_security_filters').values(filter('west')).execute();
    const [east, west] = await kysely
      .selectFrom('row_level_security_filters')
      .selectAll()
      .orderBy('name')
      .execute();
    expect(east).toMatchObject({ group_key: null, description: null, clause: '1 = 1' });

    for (const rls of [east, west]) {
      await kysely
        .insertInto('rls_filter_roles')
        .values([
          { rls_filter_id: rls?.id ?? 0, role_id: roleId('Sales') },
          { rls_filter_id: rls?.id ?? 0, role_id: roleId('Finance') },
        ])
        .execute();
      await kysely
        .insertInto('rls_filter_tables')
        .values([
          { rls_filter_id: rls?.id ?? 0, table_id: orders?.id ?? 0 },
          { rls_filter_id: rls?.id ?? 0, table_id: customers?.id ?? 0 },
        ])
        .execute();
    }
    const links = async () => ({
      roles: (await kysely.selectFrom('rls_filter_roles').selectAll().execute()).length,
      tables: (await kysely.selectFrom('rls_filter_tables').selectAll().execute()).length,
    });
    expect(await links()).toEqual({ roles: 4, tables: 4 });

    await kysely
      .deleteFrom('row_level_security_filters')
      .where('id', '=', east?.id ?? 0)
      .execute();
    expect(await links()).toEqual({ roles: 2, tables: 2 });
    await kysely.deleteFrom('ab_role').where('name', '=', 'Sales').execute();
    await kysely
      .deleteFrom('tables')
      .where('id', '=', orders?.id ?? 0)
      .execute();
    expect(await links()).toEqual({ roles: 1, tables: 1 });
  });
});
