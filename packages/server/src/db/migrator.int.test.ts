import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATION_TABLE } from './migration-bookkeeping.js';
import { METADATA_MIGRATIONS, type RegisteredMigration } from './migrations/index.js';
import {
  InvalidRevisionTargetError,
  MetadataMigrationFailedError,
  MetadataNewerThanCodeError,
  MetadataSchemaOutdatedError,
  UnknownRevisionError,
} from './metadata-errors.js';
import { readBoolean, readTimestamp } from './metadata-values.js';
import { createMigrationRunner, type MigrationRunner } from './migrator.js';
import { describeOnEveryBackend } from './test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from './test-support/scratch-metadata-db.js';

const REVISIONS = METADATA_MIGRATIONS.map((migration) => migration.revision);
const FIRST = '0001_security_tables';
const HEAD = REVISIONS[REVISIONS.length - 1] ?? FIRST;
const BEFORE_HEAD = REVISIONS[REVISIONS.length - 2] ?? FIRST;

async function tableNames(kysely: Kysely<unknown>): Promise<string[]> {
  const tables = await kysely.introspection.getTables({ withInternalKyselyTables: true });
  return tables.map((table) => table.name).sort();
}

describeOnEveryBackend('metadata migrations', (backend) => {
  let scratch: ScratchMetadataDb;
  let runner: MigrationRunner;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend, { isMigrated: false });
    runner = createMigrationRunner(scratch.db);
  });
  afterEach(async () => {
    await scratch.close();
  });

  it('upgrades, downgrades to base and upgrades again to a usable head', async () => {
    expect(await runner.upgrade()).toEqual(REVISIONS);
    expect(await runner.downgrade('base')).toEqual([...REVISIONS].reverse());
    expect(await tableNames(scratch.db.kysely as Kysely<unknown>)).not.toContain('ab_user');
    expect(await runner.upgrade('head')).toEqual(REVISIONS);

    const { kysely } = scratch.db;
    const lastLogin = new Date('2024-03-05T06:07:08.123Z');
    await kysely.insertInto('ab_role').values({ name: 'Admin' }).execute();
    await kysely
      .insertInto('ab_user')
      .values({
        first_name: 'Ada',
        last_name: 'Lovelace',
        username: 'ada',
        email: 'ada@example.com',
        password: 'x',
        active: false,
        last_login: lastLogin,
      })
      .execute();
    const user = await kysely
      .selectFrom('ab_user')
      .selectAll()
      .where('username', '=', 'ada')
      .executeTakeFirstOrThrow();
    const role = await kysely.selectFrom('ab_role').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('ab_user_role')
      .values({ user_id: user.id, role_id: role.id })
      .execute();

    expect(readBoolean(user.active)).toBe(false);
    expect(readTimestamp(user.last_login)).toEqual(lastLogin);
    expect(user.login_count).toBe(0);
    const roles = await kysely
      .selectFrom('ab_user_role')
      .innerJoin('ab_role', 'ab_role.id', 'ab_user_role.role_id')
      .select('ab_role.name')
      .where('ab_user_role.user_id', '=', user.id)
      .execute();
    expect(roles).toEqual([{ name: 'Admin' }]);
  });

  it('steps back one revision by default, and reports current and history', async () => {
    expect(await runner.currentRevision()).toBeNull();
    await runner.upgrade();
    expect(await runner.currentRevision()).toBe(HEAD);

    expect(await runner.downgrade()).toEqual([HEAD]);
    expect(await runner.currentRevision()).toBe(BEFORE_HEAD);
    const entries = await runner.history();
    expect(
      entries.map(({ revision, isApplied, isHead }) => ({ revision, isApplied, isHead })),
    ).toEqual(
      REVISIONS.map((revision) => ({
        revision,
        isApplied: revision !== HEAD,
        isHead: revision === HEAD,
      })),
    );
    expect(entries[0]?.appliedAt).toBeInstanceOf(Date);
    expect(entries[entries.length - 1]?.appliedAt).toBeNull();
    expect(entries[0]?.description).toMatch(/security/i);

    await expect(runner.assertSchemaIsCurrent()).rejects.toThrow(MetadataSchemaOutdatedError);
    await expect(runner.assertSchemaIsCurrent()).rejects.toThrow(/superset db upgrade/);
    expect(await runner.downgrade(FIRST)).toEqual(REVISIONS.slice(1, -1).reverse());
    expect(await runner.downgrade()).toEqual([FIRST]);
    expect(await runner.downgrade()).toEqual([]);
  });

  it('downgrades to a named revision, keeping it applied', async () => {
    await runner.upgrade();
    expect(await runner.downgrade(FIRST)).toEqual(REVISIONS.slice(1).reverse());
    expect(await runner.currentRevision()).toBe(FIRST);
    await expect(runner.upgrade('base')).rejects.toThrow(InvalidRevisionTargetError);
  });

  it('names the valid targets when given an unknown one', async () => {
    const attempt = runner.upgrade('0042_nope');
    await expect(attempt).rejects.toThrow(UnknownRevisionError);
    await expect(runner.upgrade('0042_nope')).rejects.toThrow(`head, base, +N, ${HEAD}`);
  });

  it('refuses a database migrated by a newer version, changing nothing', async () => {
    await runner.upgrade();
    await (scratch.db.kysely as Kysely<unknown>)
      .withTables<{ superset_migrations: { name: string; timestamp: string } }>()
      .insertInto(MIGRATION_TABLE)
      .values({ name: '9999_from_the_future', timestamp: new Date().toISOString() })
      .execute();
    const before = await tableNames(scratch.db.kysely as Kysely<unknown>);

    for (const entryPoint of [
      () => runner.upgrade(),
      () => runner.downgrade(),
      () => runner.downgrade('base'),
      () => runner.currentRevision(),
      () => runner.history(),
      () => runner.assertSchemaIsCurrent(),
    ]) {
      await expect(entryPoint()).rejects.toThrow(MetadataNewerThanCodeError);
    }
    await expect(runner.upgrade()).rejects.toThrow(
      /newer Superset\.ts \(revision 9999_from_the_future\)/,
    );
    expect(await tableNames(scratch.db.kysely as Kysely<unknown>)).toEqual(before);
  });

  it('records nothing for a migration that fails midway', async () => {
    await runner.upgrade();
    const broken: RegisteredMigration = {
      revision: '9998_broken',
      description: 'creates a table, then fails',
      up: async (db) => {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        await sql`select * from no_such_table`.execute(db);
      },
      down: async (db) => {
        await db.schema.dropTable('half_done').execute();
      },
    };
    const brokenRunner = createMigrationRunner(scratch.db, {
      migrations: [...METADATA_MIGRATIONS, broken],
    });

    const failure = await brokenRunner.upgrade().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MetadataMigrationFailedError);
    expect((failure as MetadataMigrationFailedError).revision).toBe('9998_broken');
    expect(await brokenRunner.currentRevision()).toBe(HEAD);
    if (backend.name !== 'mariadb') {
      expect(await tableNames(scratch.db.kysely as Kysely<unknown>)).not.toContain('half_done');
    }
  });
});
