import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readBoolean } from '../metadata-values.js';
import { createMigrationRunner, type MigrationRunner } from '../migrator.js';
import { describeOnEveryBackend } from '../test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../test-support/scratch-metadata-db.js';

const BEFORE = '0008_sqllab_saved_and_tabs';
const REVISION = '0009_dataset_columns_metrics';

async function tableNames(kysely: Kysely<unknown>): Promise<string[]> {
  return (await kysely.introspection.getTables()).map((table) => table.name);
}

describeOnEveryBackend('migration 0009_dataset_columns_metrics', (backend) => {
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

  const addDataset = async () => {
    const { kysely } = scratch.db;
    await kysely
      .insertInto('dbs')
      .values({ uuid: randomUUID(), database_name: 'db', sqlalchemy_uri: 'sqlite://' })
      .execute();
    const db = await kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('tables')
      .values({ uuid: randomUUID(), table_name: 'orders', database_id: db.id })
      .execute();
    return (await kysely.selectFrom('tables').select('id').executeTakeFirstOrThrow()).id;
  };

  it('downgrades and upgrades again', async () => {
    expect(await runner.downgrade(BEFORE)).toEqual([REVISION]);
    const names = await tableNames(scratch.db.kysely as Kysely<unknown>);
    expect(names).not.toContain('table_columns');
    expect(names).not.toContain('sql_metrics');
    expect(names).not.toContain('sqlatable_user');
    expect(await runner.upgrade(REVISION)).toEqual([REVISION]);
    expect(await tableNames(scratch.db.kysely as Kysely<unknown>)).toEqual(
      expect.arrayContaining(['table_columns', 'sql_metrics', 'sqlatable_user']),
    );
  });

  it('keeps names unique per dataset, defaults the flags, and deletes with the dataset', async () => {
    const { kysely } = scratch.db;
    const tableId = await addDataset();
    const column = (name: string) => ({ uuid: randomUUID(), table_id: tableId, column_name: name });
    await kysely.insertInto('table_columns').values(column('amount')).execute();
    await expect(
      kysely.insertInto('table_columns').values(column('amount')).execute(),
    ).rejects.toThrow();
    const stored = await kysely.selectFrom('table_columns').selectAll().executeTakeFirstOrThrow();
    expect(readBoolean(stored.groupby)).toBe(true);
    expect(readBoolean(stored.filterable)).toBe(true);
    expect(readBoolean(stored.is_dttm)).toBe(false);
    expect(readBoolean(stored.is_active)).toBe(true);

    const metric = {
      uuid: randomUUID(),
      table_id: tableId,
      metric_name: 'count',
      expression: 'COUNT(*)',
    };
    await kysely.insertInto('sql_metrics').values(metric).execute();
    await expect(
      kysely
        .insertInto('sql_metrics')
        .values({ ...metric, uuid: randomUUID() })
        .execute(),
    ).rejects.toThrow();

    await kysely
      .insertInto('ab_user')
      .values({
        first_name: 'A',
        last_name: 'B',
        username: 'owner',
        email: 'owner@example.com',
        password: null,
        active: true,
      })
      .execute();
    const user = await kysely.selectFrom('ab_user').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('sqlatable_user')
      .values({ user_id: user.id, table_id: tableId })
      .execute();

    await kysely.deleteFrom('tables').where('id', '=', tableId).execute();
    expect(await kysely.selectFrom('table_columns').selectAll().execute()).toEqual([]);
    expect(await kysely.selectFrom('sql_metrics').selectAll().execute()).toEqual([]);
    expect(await kysely.selectFrom('sqlatable_user').selectAll().execute()).toEqual([]);
  });
});
