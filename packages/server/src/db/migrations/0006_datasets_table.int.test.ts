import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readBoolean, readTimestamp } from '../metadata-values.js';
import { createMigrationRunner, type MigrationRunner } from '../migrator.js';
import { describeOnEveryBackend } from '../test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../test-support/scratch-metadata-db.js';

const BEFORE_DATABASES = '0004_user_sessions_valid_after';
const DATASETS = '0006_datasets_table';

async function tableNames(kysely: Kysely<unknown>): Promise<string[]> {
  return (await kysely.introspection.getTables()).map((table) => table.name);
}

describeOnEveryBackend('migrations 0005_databases and 0006_datasets_table', (backend) => {
  let scratch: ScratchMetadataDb;
  let runner: MigrationRunner;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend, { isMigrated: false });
    runner = createMigrationRunner(scratch.db);
  });
  afterEach(async () => {
    await scratch.close();
  });

  const insertDatabase = (name: string) =>
    scratch.db.kysely
      .insertInto('dbs')
      .values({
        uuid: randomUUID(),
        database_name: name,
        sqlalchemy_uri: 'postgresql://u:XXXXXXXXXX@h/d',
        password: 'v1:abc',
        changed_on: new Date('2024-05-06T07:08:09.010Z'),
      })
      .execute();

  it('downgrades to before them and upgrades again to working tables', async () => {
    // Later migrations are not this test's concern: stop at the revision under test.
    await runner.upgrade(DATASETS);
    expect(await runner.downgrade(BEFORE_DATABASES)).toEqual([
      '0006_datasets_table',
      '0005_databases',
    ]);
    const afterDown = await tableNames(scratch.db.kysely as Kysely<unknown>);
    expect(afterDown).not.toContain('dbs');
    expect(afterDown).not.toContain('tables');
    expect(await runner.upgrade(DATASETS)).toEqual(['0005_databases', '0006_datasets_table']);

    const { kysely } = scratch.db;
    await insertDatabase('examples');
    const row = await kysely.selectFrom('dbs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      database_name: 'examples',
      configuration_method: 'sqlalchemy_form',
    });
    expect(readBoolean(row.expose_in_sqllab)).toBe(true);
    expect(readBoolean(row.allow_dml)).toBe(false);
    expect(readTimestamp(row.changed_on)).toEqual(new Date('2024-05-06T07:08:09.010Z'));
    await expect(insertDatabase('examples')).rejects.toThrow();

    await kysely
      .insertInto('tables')
      .values({
        uuid: randomUUID(),
        table_name: 'birth_names',
        database_id: row.id,
        catalog: 'main',
        schema: 'public',
      })
      .execute();
    const dataset = await kysely.selectFrom('tables').selectAll().executeTakeFirstOrThrow();
    expect(dataset.offset).toBe(0);
    expect(readBoolean(dataset.filter_select_enabled)).toBe(true);
    await expect(
      kysely
        .insertInto('tables')
        .values({
          uuid: randomUUID(),
          table_name: 'birth_names',
          database_id: row.id,
          catalog: 'main',
          schema: 'public',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps a database that datasets reference (no cascade)', async () => {
    await runner.upgrade();
    await insertDatabase('warehouse');
    const { id } = await scratch.db.kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    await scratch.db.kysely
      .insertInto('tables')
      .values({ uuid: randomUUID(), table_name: 't', database_id: id })
      .execute();
    await expect(
      scratch.db.kysely.deleteFrom('dbs').where('id', '=', id).execute(),
    ).rejects.toThrow();
    expect(await scratch.db.kysely.selectFrom('dbs').select('id').execute()).toHaveLength(1);
  });
});
