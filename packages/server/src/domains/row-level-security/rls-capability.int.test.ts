import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MetadataDb } from '../../db/index.js';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import type { Actor } from '../../security/access/actor.js';
import { createRowLevelSecurityCapability } from './rls-capability.js';

function userWith(...roles: string[]): Actor {
  return { kind: 'user', userId: 1, username: 'u', roles, permissions: new Set() };
}

async function addDataset(db: MetadataDb, databaseId: number, name: string): Promise<number> {
  await db.kysely
    .insertInto('tables')
    .values({ uuid: randomUUID(), table_name: name, database_id: databaseId })
    .execute();
  const row = await db.kysely
    .selectFrom('tables')
    .select('id')
    .where('table_name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

describeOnEveryBackend('row level security predicates', (backend) => {
  let scratch: ScratchMetadataDb;
  let orders: number;
  let customers: number;
  const roleIds: Record<string, number> = {};

  const addRule = async (rule: {
    name: string;
    filter_type: 'Regular' | 'Base';
    clause: string;
    group_key?: string;
    roles: string[];
    tables: number[];
  }) => {
    const { kysely } = scratch.db;
    await kysely
      .insertInto('row_level_security_filters')
      .values({
        name: rule.name,
        filter_type: rule.filter_type,
        clause: rule.clause,
        group_key: rule.group_key ?? null,
      })
      .execute();
    const { id } = await kysely
      .selectFrom('row_level_security_filters')
      .select('id')
      .where('name', '=', rule.name)
      .executeTakeFirstOrThrow();
    for (const role of rule.roles) {
      await kysely
        .insertInto('rls_filter_roles')
        .values({ rls_filter_id: id, role_id: roleIds[role] ?? 0 })
        .execute();
    }
    for (const table of rule.tables) {
      await kysely
        .insertInto('rls_filter_tables')
        .values({ rls_filter_id: id, table_id: table })
        .execute();
    }
  };

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    const { kysely } = scratch.db;
    for (const name of ['Finance', 'Marketing', 'EU', 'Admin', 'Public']) {
      await kysely.insertInto('ab_role').values({ name }).execute();
    }
    for (const role of await kysely.selectFrom('ab_role').select(['id', 'name']).execute()) {
      roleIds[role.name] = role.id;
    }
    await kysely
      .insertInto('dbs')
      .values({ uuid: randomUUID(), database_name: 'db', sqlalchemy_uri: 'sqlite://' })
      .execute();
    const db = await kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    orders = await addDataset(scratch.db, db.id, 'orders');
    customers = await addDataset(scratch.db, db.id, 'customers');

    await addRule({
      name: 'finance',
      filter_type: 'Regular',
      clause: "dept = 'Finance'",
      group_key: 'department',
      roles: ['Finance'],
      tables: [orders],
    });
    await addRule({
      name: 'marketing',
      filter_type: 'Regular',
      clause: "dept = 'Marketing'",
      group_key: 'department',
      roles: ['Marketing'],
      tables: [orders, customers],
    });
    await addRule({
      name: 'europe',
      filter_type: 'Regular',
      clause: "region = '{{ current_username() }}'",
      group_key: 'region',
      roles: ['EU'],
      tables: [orders],
    });
    await addRule({
      name: 'nothing unless allowed',
      filter_type: 'Base',
      clause: '1 = 0',
      roles: ['Admin', 'Finance', 'Marketing'],
      tables: [orders],
    });
  });
  afterAll(async () => scratch.close());

  const predicates = (actor: Actor, datasetId: number) =>
    createRowLevelSecurityCapability(scratch.db.kysely).predicatesFor(actor, datasetId);

  it("applies Regular filters to their roles' holders, ORed within a group key, ANDed across", async () => {
    expect(await predicates(userWith('Finance', 'Marketing', 'EU'), orders)).toEqual([
      "((dept = 'Finance') OR (dept = 'Marketing'))",
      "(region = '{{ current_username() }}')",
    ]);
    expect(await predicates(userWith('Finance'), orders)).toEqual(["(dept = 'Finance')"]);
    // Only the datasets a rule names are filtered by it.
    expect(await predicates(userWith('Finance', 'Marketing'), customers)).toEqual([
      "(dept = 'Marketing')",
    ]);
  });

  it('applies Base filters to everyone not in their roles, anonymous visitors included', async () => {
    expect(await predicates(userWith('EU'), orders)).toEqual([
      '(1 = 0)',
      "(region = '{{ current_username() }}')",
    ]);
    expect(await predicates(userWith(), orders)).toEqual(['(1 = 0)']);
    expect(
      await predicates({ kind: 'anonymous', roles: ['Public'], permissions: new Set() }, orders),
    ).toEqual(['(1 = 0)']);
    expect(await predicates(userWith('Admin'), orders)).toEqual([]);
    expect(await predicates(userWith('Admin'), customers)).toEqual([]);
  });
});
