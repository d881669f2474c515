import {
  DATASETS_API_PATH as URL,
  DATASOURCE_API_PATH,
  ROW_LEVEL_SECURITY_API_PATH,
} from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../app/test-support/test-app.js';
import { TEST_USER_PASSWORD } from '../databases/test-support/database-api-test-app.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import { createRoleWith, pairIdOf, roleIdOf } from '../users/test-support/security-api-client.js';
import { datasetViewMenu } from './dataset-access.js';
import { startDatasetTestApp, type DatasetTestApp } from './test-support/dataset-test-app.js';

/**
 * Attacks on the dataset API and filter values through the real routes (security.md:
 * CVE-2021-37839, 2022-43721, 2024-24779, 2025-27696, 2025-55675, 2026-23982; rows A2, A3, A5,
 * A12).
 */

let t: DatasetTestApp;
let ordersId: number;
let secretId: number;
/** Owner of `orders` with can_write on Dataset and access to that dataset only. */
let ownerOfOrders: BrowserHeaders;
/** Gamma with datasource_access on `orders`, under an RLS rule `region = 'south'`. */
let southViewer: BrowserHeaders;

const errorTypeOf = (response: LightMyRequestResponse) =>
  response.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type;

async function userWith(username: string, roles: string[], pairs: [string, string][]) {
  const db = t.api.t.metadataDb;
  const ids = await Promise.all(pairs.map(([perm, menu]) => pairIdOf(db, perm, menu)));
  await createRoleWith(db, `${username}_role`, ids);
  await addUser(db, {
    username,
    password: TEST_USER_PASSWORD,
    roles: [...roles, `${username}_role`],
  });
  return loginHeaders(t.api.t.app, username, TEST_USER_PASSWORD);
}

beforeAll(async () => {
  t = await startDatasetTestApp();
  t.onSource(
    "create table salaries (name text, salary real); insert into salaries values ('ceo', 1e6);",
  );
  ordersId = await t.createDataset({ table_name: 'orders' });
  secretId = await t.createDataset({ table_name: 'salaries' });
  const ordersMenu = datasetViewMenu('analytics', 'orders', ordersId);
  ownerOfOrders = await userWith(
    'orders_owner',
    ['Gamma'],
    [
      ['can_write', 'Dataset'],
      ['datasource_access', ordersMenu],
    ],
  );
  const ownerId = (
    await t.api.t.metadataDb.kysely
      .selectFrom('ab_user')
      .select('id')
      .where('username', '=', 'orders_owner')
      .executeTakeFirstOrThrow()
  ).id;
  const owned = await t.as(t.admin, 'PUT', `${URL}${ordersId}`, { owners: [ownerId] });
  if (owned.statusCode !== 200) throw new Error(owned.body);
  southViewer = await userWith('south_viewer', ['Gamma'], [['datasource_access', ordersMenu]]);
  const rule = await t.as(t.admin, 'POST', ROW_LEVEL_SECURITY_API_PATH, {
    name: 'south only',
    filter_type: 'Regular',
    tables: [ordersId],
    roles: [await roleIdOf(t.api.t.metadataDb, 'south_viewer_role')],
    clause: "region = 'south'",
  });
  if (rule.statusCode !== 201) throw new Error(rule.body);
});
afterAll(async () => {
  await t.close();
});

describe('reading datasets one may not access', () => {
  it('answers 404 with the body of a missing id, for the dataset and its related objects (CVE-2021-37839)', async () => {
    for (const suffix of ['', '/related_objects']) {
      const forbidden = await t.as(t.gamma, 'GET', `${URL}${secretId}${suffix}`);
      const missing = await t.as(t.gamma, 'GET', `${URL}999999${suffix}`);
      expect(forbidden.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(forbidden.body.replaceAll(`id ${secretId},`, 'id N,')).toBe(
        missing.body.replaceAll('id 999999,', 'id N,'),
      );
    }
  });

  it('lists, counts and offers as choices nothing of datasets one may not access', async () => {
    const listed = await t.as(ownerOfOrders, 'GET', URL);
    expect(listed.json<{ count: number }>().count).toBe(1);
    expect(listed.body).not.toContain('salaries');
    const searched = await t.as(
      t.gamma,
      'GET',
      `${URL}?q=${encodeURIComponent('(filters:!((col:table_name,opr:ct,value:sal)))')}`,
    );
    expect(searched.json<{ count: number }>().count).toBe(0);
    const databases = await t.as(t.gamma, 'GET', `${URL}related/database`);
    expect(databases.json<{ count: number }>().count).toBe(0);
    expect(databases.body).not.toContain('analytics');
  });

  it('refuses filter values of a dataset one may not access, naming nothing of it (CVE-2025-55675)', async () => {
    const denied = await t.as(
      t.gamma,
      'GET',
      `${DATASOURCE_API_PATH}table/${secretId}/column/name/values/`,
    );
    expect(denied.statusCode).toBe(403);
    expect(denied.body).not.toMatch(/salaries|ceo|analytics/);
  });

  it("applies the caller's RLS rules to filter values", async () => {
    const values = await t.as(
      southViewer,
      'GET',
      `${DATASOURCE_API_PATH}table/${ordersId}/column/region/values/`,
    );
    expect(values.statusCode, values.body).toBe(200);
    expect(values.json<{ result: unknown[] }>().result).toEqual(['south']);
  });
});

describe('changing datasets', () => {
  it("refuses an owner pointing a dataset's SQL or table at data they may not read (CVE-2026-23982)", async () => {
    const attempts = [
      { sql: 'SELECT * FROM salaries' },
      { table_name: 'salaries' },
      { schema: 'main', sql: 'SELECT name, salary AS amount FROM salaries' },
    ];
    for (const body of attempts) {
      const response = await t.as(ownerOfOrders, 'PUT', `${URL}${ordersId}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
    }
    const detail = await t.as(t.admin, 'GET', `${URL}${ordersId}`);
    expect(
      detail.json<{ result: { sql: string | null; table_name: string } }>().result,
    ).toMatchObject({ sql: null, table_name: 'orders' });
    // Edits that keep the source stay the owner's to make.
    const described = await t.as(ownerOfOrders, 'PUT', `${URL}${ordersId}`, { description: 'ok' });
    expect(described.statusCode, described.body).toBe(200);
  });

  it('refuses creating or copying a dataset without access to its whole database (CVE-2024-24779)', async () => {
    const created = await t.as(ownerOfOrders, 'POST', URL, {
      database: t.databaseId,
      table_name: 'peek',
      sql: 'SELECT * FROM salaries',
    });
    expect([403, 422]).toContain(created.statusCode);
    expect(created.body).not.toMatch(/ceo|1000000/);
    const virtualId = await t.createDataset({
      table_name: 'south_orders',
      sql: 'SELECT * FROM orders',
    });
    const reader = await userWith(
      'virtual_writer',
      ['Gamma'],
      [
        ['can_write', 'Dataset'],
        ['datasource_access', datasetViewMenu('analytics', 'south_orders', virtualId)],
      ],
    );
    const copy = await t.as(reader, 'POST', `${URL}duplicate`, {
      base_model_id: virtualId,
      table_name: 'south_orders_copy',
    });
    expect(copy.statusCode, copy.body).toBe(403);
  });

  it('refuses taking ownership of a dataset one can only read (CVE-2025-27696)', async () => {
    const reader = await userWith(
      'orders_reader',
      ['Gamma'],
      [
        ['can_write', 'Dataset'],
        ['datasource_access', datasetViewMenu('analytics', 'orders', ordersId)],
      ],
    );
    const response = await t.as(reader, 'PUT', `${URL}${ordersId}`, { owners: [1, 2, 3, 4, 5, 6] });
    expect(response.statusCode).toBe(403);
    expect(errorTypeOf(response)).toBe('DATASET_FORBIDDEN');
  });

  it('accepts only a path on this site as the default URL (CVE-2022-43721)', async () => {
    for (const url of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      ' javascript:alert(1)',
    ]) {
      const response = await t.as(t.admin, 'PUT', `${URL}${ordersId}`, { default_endpoint: url });
      expect(response.statusCode, url).toBe(422);
    }
    const safe = await t.as(t.admin, 'PUT', `${URL}${ordersId}`, {
      default_endpoint: '/superset/dashboard/1/',
    });
    expect(safe.statusCode, safe.body).toBe(200);
  });
});
