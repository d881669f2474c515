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

const BEFORE = '0007_query';
const REVISION = '0008_sqllab_saved_and_tabs';

describeOnEveryBackend('migration 0008_sqllab_saved_and_tabs', (backend) => {
  let scratch: ScratchMetadataDb;
  let runner: MigrationRunner;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend, { isMigrated: false });
    runner = createMigrationRunner(scratch.db);
  });
  afterEach(async () => {
    await scratch.close();
  });

  it('downgrades and upgrades again to tables that hold SQL Lab state', async () => {
    await runner.upgrade(REVISION);
    expect(await runner.downgrade(BEFORE)).toEqual([REVISION]);
    const tables = (await (scratch.db.kysely as Kysely<unknown>).introspection.getTables()).map(
      (table) => table.name,
    );
    expect(tables).not.toContain('saved_query');
    expect(tables).not.toContain('tab_state');
    expect(tables).not.toContain('table_schema');
    expect(await runner.upgrade(REVISION)).toEqual([REVISION]);

    const { kysely } = scratch.db;
    await kysely
      .insertInto('dbs')
      .values({ uuid: randomUUID(), database_name: 'db', sqlalchemy_uri: 'sqlite://' })
      .execute();
    const db = await kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('saved_query')
      .values({ uuid: randomUUID(), db_id: db.id, label: 'q', sql: 'select 1', rows: 3 })
      .execute();
    const saved = await kysely.selectFrom('saved_query').selectAll().executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ label: 'q', sql: 'select 1', rows: 3, schema: null });

    await kysely
      .insertInto('tab_state')
      .values({ label: 'tab', database_id: db.id, saved_query_id: saved.id, sql: 'x' })
      .execute();
    const tab = await kysely.selectFrom('tab_state').selectAll().executeTakeFirstOrThrow();
    expect(readBoolean(tab.active)).toBe(false);
    expect(readBoolean(tab.autorun)).toBe(false);
    await kysely
      .insertInto('table_schema')
      .values({ tab_state_id: tab.id, database_id: db.id, schema: 's', table: 't' })
      .execute();
    const table = await kysely.selectFrom('table_schema').selectAll().executeTakeFirstOrThrow();
    expect(table).toMatchObject({ table: 't', schema: 's', tab_state_id: tab.id });
    expect(readBoolean(table.expanded)).toBe(false);
  });
});
