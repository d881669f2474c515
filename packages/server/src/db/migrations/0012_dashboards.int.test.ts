import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readBoolean } from '../metadata-values.js';
import { createMigrationRunner, type MigrationRunner } from '../migrator.js';
import { METADATA_MIGRATIONS } from './index.js';
import { describeOnEveryBackend } from '../test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../test-support/scratch-metadata-db.js';

const REVISION = '0012_dashboards';
const DASHBOARD_TABLES = [
  'dashboards',
  'dashboard_slices',
  'dashboard_user',
  'dashboard_roles',
  'css_templates',
];

describeOnEveryBackend('migration 0012_dashboards', (backend) => {
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

  const addDashboard = async (fields: { slug?: string | null; uuid?: string } = {}) => {
    const uuid = fields.uuid ?? randomUUID();
    await scratch.db.kysely
      .insertInto('dashboards')
      .values({
        uuid,
        dashboard_title: 'Sales',
        slug: fields.slug ?? null,
        position_json: JSON.stringify({ DASHBOARD_VERSION_KEY: 'v2' }),
      })
      .execute();
    const row = await scratch.db.kysely
      .selectFrom('dashboards')
      .selectAll()
      .where('uuid', '=', uuid)
      .executeTakeFirstOrThrow();
    return row;
  };

  it('downgrades to before it and upgrades again to working dashboard tables', async () => {
    await runner.upgrade(REVISION);
    const revisions = METADATA_MIGRATIONS.map((migration) => migration.revision);
    const previous = revisions[revisions.indexOf(REVISION) - 1] ?? '';
    expect(await runner.downgrade(previous)).toEqual([REVISION]);
    const afterDown = await tableNames();
    for (const table of DASHBOARD_TABLES) expect(afterDown).not.toContain(table);
    expect(await runner.upgrade(REVISION)).toEqual([REVISION]);

    const dashboard = await addDashboard({ slug: 'sales' });
    expect(readBoolean(dashboard.published)).toBe(false);
    expect(readBoolean(dashboard.is_managed_externally)).toBe(false);
    expect(JSON.parse(dashboard.position_json ?? '')).toEqual({ DASHBOARD_VERSION_KEY: 'v2' });
    // A slug is unique, but any number of dashboards may have none.
    await expect(addDashboard({ slug: 'sales' })).rejects.toThrow();
    await addDashboard();
    await addDashboard();
  });

  it('links charts, owners and roles, each link going with either side', async () => {
    await runner.upgrade();
    const { kysely } = scratch.db;
    const dashboard = await addDashboard();
    await kysely
      .insertInto('ab_user')
      .values({ first_name: 'F', last_name: 'L', username: 'owner', email: 'o@example.com' })
      .execute();
    const user = await kysely.selectFrom('ab_user').select('id').executeTakeFirstOrThrow();
    await kysely.insertInto('ab_role').values({ name: 'Viewers' }).execute();
    const role = await kysely
      .selectFrom('ab_role')
      .select('id')
      .where('name', '=', 'Viewers')
      .executeTakeFirstOrThrow();
    await kysely.insertInto('slices').values({ uuid: randomUUID(), slice_name: 'A' }).execute();
    const chart = await kysely.selectFrom('slices').select('id').executeTakeFirstOrThrow();

    await kysely
      .insertInto('dashboard_slices')
      .values({ dashboard_id: dashboard.id, slice_id: chart.id })
      .execute();
    await expect(
      kysely
        .insertInto('dashboard_slices')
        .values({ dashboard_id: dashboard.id, slice_id: chart.id })
        .execute(),
    ).rejects.toThrow();
    await kysely
      .insertInto('dashboard_user')
      .values({ dashboard_id: dashboard.id, user_id: user.id })
      .execute();
    await kysely
      .insertInto('dashboard_roles')
      .values({ dashboard_id: dashboard.id, role_id: role.id })
      .execute();

    await kysely.deleteFrom('slices').where('id', '=', chart.id).execute();
    expect(await kysely.selectFrom('dashboard_slices').selectAll().execute()).toEqual([]);
    await kysely.deleteFrom('ab_role').where('id', '=', role.id).execute();
    expect(await kysely.selectFrom('dashboard_roles').selectAll().execute()).toEqual([]);
    await kysely.deleteFrom('dashboards').where('id', '=', dashboard.id).execute();
    expect(await kysely.selectFrom('dashboard_user').selectAll().execute()).toEqual([]);
  });

  it('keeps CSS templates, a large stylesheet included', async () => {
    await runner.upgrade();
    const { kysely } = scratch.db;
    const css = `.a { color: red; }\n`.repeat(5_000);
    await kysely.insertInto('css_templates').values({ template_name: 'Big', css }).execute();
    const row = await kysely.selectFrom('css_templates').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ template_name: 'Big', uuid: null });
    expect(row.css).toBe(css);
  });
});
