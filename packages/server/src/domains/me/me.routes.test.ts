import type { MyRoles } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import { canLogIn, createRoleWith, requestAs } from '../users/test-support/security-api-client.js';

const PASSWORD = 'a-long-password-1';

/** Grants `datasource_access` on one dataset to a role, as granting a dataset does. */
async function grantDatasourceAccess(t: TestApp, role: string, viewMenu: string): Promise<void> {
  const { kysely } = t.metadataDb;
  await kysely.insertInto('ab_permission').values({ name: 'datasource_access' }).execute();
  await kysely.insertInto('ab_view_menu').values({ name: viewMenu }).execute();
  const permission = await kysely
    .selectFrom('ab_permission')
    .select('id')
    .where('name', '=', 'datasource_access')
    .executeTakeFirstOrThrow();
  const menu = await kysely
    .selectFrom('ab_view_menu')
    .select('id')
    .where('name', '=', viewMenu)
    .executeTakeFirstOrThrow();
  await kysely
    .insertInto('ab_permission_view')
    .values({ permission_id: permission.id, view_menu_id: menu.id })
    .execute();
  const pair = await kysely
    .selectFrom('ab_permission_view')
    .select('id')
    .where('view_menu_id', '=', menu.id)
    .executeTakeFirstOrThrow();
  await createRoleWith(t.metadataDb, `${role}-data`, [pair.id]);
}

describe('the current user: /api/v1/me/roles/, PUT /api/v1/me/ and /api/v1/me/password', () => {
  let t: TestApp;
  let grace: BrowserHeaders;

  beforeAll(async () => {
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
    await grantDatasourceAccess(t, 'Gamma', '[examples].[birth_names](id:1)');
    await addUser(t.metadataDb, {
      username: 'grace',
      password: PASSWORD,
      roles: ['Gamma', 'sql_lab', 'Gamma-data'],
      firstName: 'Grace',
    });
    grace = await loginHeaders(t.app, 'grace', PASSWORD);
  });
  afterAll(async () => t.close());

  it('asks an anonymous caller to log in', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/me/roles/'],
      ['PUT', '/api/v1/me/'],
      ['PUT', '/api/v1/me/password'],
    ] as const) {
      const response = await requestAs(t.app, {}, method, url, method === 'PUT' ? {} : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("lists the user's roles with their [permission, view menu] pairs, as Superset does", async () => {
    const response = await requestAs(t.app, grace, 'GET', '/api/v1/me/roles/');
    expect(response.statusCode).toBe(200);
    const result = response.json<{ result: MyRoles }>().result;
    expect(result).toMatchObject({
      username: 'grace',
      firstName: 'Grace',
      isActive: true,
      isAnonymous: false,
      loginCount: 1,
      permissions: { datasource_access: ['[examples].[birth_names](id:1)'] },
    });
    expect(result.lastLogin).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Object.keys(result.roles).sort()).toEqual(['Gamma', 'Gamma-data', 'sql_lab']);
    expect(result.roles.Gamma).toContainEqual(['can_read', 'Dashboard']);
    expect(result.roles.sql_lab).toContainEqual(['can_execute_sql_query', 'SQLLab']);
    expect(response.body).not.toMatch(/argon2|"password"/i);
  });

  it('lets the user change their own name, and nothing else', async () => {
    const response = await requestAs(t.app, grace, 'PUT', '/api/v1/me/', { last_name: 'Hopper' });
    expect(response.statusCode).toBe(200);
    expect(
      response.json<{ result: { first_name: string; last_name: string } }>().result,
    ).toMatchObject({
      first_name: 'Grace',
      last_name: 'Hopper',
    });
    for (const body of [{}, { username: 'admin' }, { roles: [1] }, { first_name: '' }]) {
      const refused = await requestAs(t.app, grace, 'PUT', '/api/v1/me/', body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('changes the password only with the current one and a matching confirmation', async () => {
    const change = (body: Record<string, string>) =>
      requestAs(t.app, grace, 'PUT', '/api/v1/me/password', body);

    const wrong = await change({
      current_password: 'not-it',
      new_password: 'another-long-one',
      confirm_password: 'another-long-one',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ message: string }>().message).toBe('Incorrect current password.');

    const mismatch = await change({
      current_password: PASSWORD,
      new_password: 'another-long-one',
      confirm_password: 'another-long-two',
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json<{ message: string }>().message).toMatch(/differ/);
    expect(await canLogIn(t.app, 'grace', PASSWORD)).toBe(true);

    const ok = await change({
      current_password: PASSWORD,
      new_password: 'another-long-one',
      confirm_password: 'another-long-one',
    });
    expect(ok.statusCode).toBe(200);
    expect(await canLogIn(t.app, 'grace', PASSWORD)).toBe(false);
    expect(await canLogIn(t.app, 'grace', 'another-long-one')).toBe(true);
  });
});
