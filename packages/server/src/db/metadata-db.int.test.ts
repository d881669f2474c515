import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetadataDb } from './metadata-db.js';
import { upgrade } from './migrator.js';
import { METADATA_MIGRATIONS } from './migrations/index.js';
import { describeOnEveryBackend } from './test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from './test-support/scratch-metadata-db.js';

describe('createMetadataDb on SQLite', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'st-sqlite-'));
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('creates a relative file and its folders under cwd, in WAL mode with foreign keys on', async () => {
    const db = createMetadataDb('sqlite:///nested/dir/superset.db?check_same_thread=false', {
      cwd: home,
    });
    try {
      const { rows: journal } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(
        db.kysely,
      );
      const { rows: keys } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(
        db.kysely,
      );
      expect(db.dialect).toBe('sqlite');
      expect(journal[0]?.journal_mode).toBe('wal');
      expect(keys[0]?.foreign_keys).toBe(1);
      expect(existsSync(join(home, 'nested/dir/superset.db'))).toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it('opens an in-memory database for sqlite://', async () => {
    const db = createMetadataDb('sqlite://', { cwd: home });
    try {
      expect(await upgrade(db)).toHaveLength(METADATA_MIGRATIONS.length);
    } finally {
      await db.destroy();
    }
  });
});

describeOnEveryBackend('metadata database', (backend) => {
  let scratch: ScratchMetadataDb;
  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
  });
  afterAll(async () => {
    await scratch.close();
  });

  it('deletes link rows with the role they point at', async () => {
    const { kysely } = scratch.db;
    await kysely.insertInto('ab_role').values({ name: 'Doomed' }).execute();
    await kysely
      .insertInto('ab_user')
      .values({ first_name: 'a', last_name: 'b', username: 'u', email: 'u@example.com' })
      .execute();
    const role = await kysely.selectFrom('ab_role').select('id').executeTakeFirstOrThrow();
    const user = await kysely.selectFrom('ab_user').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('ab_user_role')
      .values({ user_id: user.id, role_id: role.id })
      .execute();

    await kysely.deleteFrom('ab_role').where('id', '=', role.id).execute();
    expect(await kysely.selectFrom('ab_user_role').selectAll().execute()).toEqual([]);
  });

  it('stores text beyond the Basic Multilingual Plane (utf8mb4 on MySQL)', async () => {
    const { kysely } = scratch.db;
    await kysely.insertInto('logs').values({ action: 'emoji 📊', json: '{"s":"✓"}' }).execute();
    const row = await kysely
      .selectFrom('logs')
      .select(['action', 'json'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ action: 'emoji 📊', json: '{"s":"✓"}' });
  });
});
