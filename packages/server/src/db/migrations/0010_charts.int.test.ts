import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readBoolean, readTimestamp } from '../metadata-values.js';
import { createMigrationRunner, type MigrationRunner } from '../migrator.js';
import { METADATA_MIGRATIONS } from './index.js';
import { describeOnEveryBackend } from '../test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../test-support/scratch-metadata-db.js';

const REVISION = '0010_charts';
const CHART_TABLES = ['slices', 'slice_user', 'favstar', 'key_value'];

describeOnEveryBackend('migration 0010_charts', (backend) => {
  let scratch: ScratchMetadataDb;
  let runner: MigrationRunner;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend, { isMigrated: false });
    runner = createMigrationRunner(scratch.db);
  });
  afterEach(async () => {
    await scratch.close();
  });

  const tableNames = async () =>
    (await (scratch.db.kysely as Kysely<unknown>).introspection.getTables()).map((t) => t.name);

  const addUser = async (username: string) => {
    await scratch.db.kysely
      .insertInto('ab_user')
      .values({ first_name: 'F', last_name: 'L', username, email: `${username}@example.com` })
      .execute();
    const row = await scratch.db.kysely
      .selectFrom('ab_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return row.id;
  };

  it('downgrades to before it and upgrades again to working chart tables', async () => {
    await runner.upgrade(REVISION);
    const revisions = METADATA_MIGRATIONS.map((migration) => migration.revision);
    const previous = revisions[revisions.indexOf(REVISION) - 1] ?? '';
    expect(await runner.downgrade(previous)).toEqual([REVISION]);
    const afterDown = await tableNames();
    for (const table of CHART_TABLES) expect(afterDown).not.toContain(table);
    expect(await runner.upgrade(REVISION)).toEqual([REVISION]);

    const { kysely } = scratch.db;
    const owner = await addUser('owner');
    await kysely
      .insertInto('slices')
      .values({
        uuid: randomUUID(),
        slice_name: 'Births',
        viz_type: 'table',
        datasource_id: 7,
        datasource_type: 'table',
        params: JSON.stringify({ metrics: ['count'] }),
        last_saved_at: new Date('2024-01-02T03:04:05.678Z'),
      })
      .execute();
    const chart = await kysely.selectFrom('slices').selectAll().executeTakeFirstOrThrow();
    expect(chart).toMatchObject({ slice_name: 'Births', datasource_id: 7, query_context: null });
    expect(readBoolean(chart.is_managed_externally)).toBe(false);
    expect(readTimestamp(chart.last_saved_at)).toEqual(new Date('2024-01-02T03:04:05.678Z'));

    await kysely.insertInto('slice_user').values({ user_id: owner, slice_id: chart.id }).execute();
    await kysely
      .insertInto('favstar')
      .values({ user_id: owner, class_name: 'slice', obj_id: chart.id, dttm: new Date() })
      .execute();
    await expect(
      kysely
        .insertInto('favstar')
        .values({ user_id: owner, class_name: 'slice', obj_id: chart.id })
        .execute(),
    ).rejects.toThrow();

    // Owners go with their chart; favourites and ownerships go with their user.
    await kysely.deleteFrom('slices').where('id', '=', chart.id).execute();
    expect(await kysely.selectFrom('slice_user').selectAll().execute()).toEqual([]);
    await kysely.deleteFrom('ab_user').where('id', '=', owner).execute();
    expect(await kysely.selectFrom('favstar').selectAll().execute()).toEqual([]);
  });

  it('stores key-value entries as bytes, unique by uuid', async () => {
    await runner.upgrade();
    const { kysely } = scratch.db;
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 10, 13]);
    const uuid = randomUUID();
    await kysely
      .insertInto('key_value')
      .values({ resource: 'explore_permalink', value: bytes, uuid, created_on: new Date() })
      .execute();
    const row = await kysely
      .selectFrom('key_value')
      .selectAll()
      .where('uuid', '=', uuid)
      .executeTakeFirstOrThrow();
    expect(Uint8Array.from(row.value)).toEqual(bytes);
    expect(row.expires_on).toBeNull();
    await expect(
      kysely.insertInto('key_value').values({ resource: 'app', value: bytes, uuid }).execute(),
    ).rejects.toThrow();
  });
});
