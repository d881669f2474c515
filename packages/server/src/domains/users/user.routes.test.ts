import { encodeRison, type User } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type TestApp } from '../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import {
  crudRouteCalls,
  expectAdminOnly,
  startAdminApiTestApp,
  type AdminApiTestApp,
} from './test-support/admin-api-test-app.js';
import {
  canLogIn,
  createRoleWith,
  pairIdOf,
  pairIdsOfRole,
  roleIdOf,
} from './test-support/security-api-client.js';

const URL = '/api/v1/security/users/';
const PASSWORD = 'a-long-password-1';

describe('users API (/api/v1/security/users/)', () => {
  let t: TestApp;
  let admin: BrowserHeaders;
  let gamma: BrowserHeaders;
  let roles: { admin: number; alpha: number; gamma: number };

  let as: AdminApiTestApp['as'];
  const newUser = (username: string, roleIds: number[], extra: Record<string, unknown> = {}) => ({
    username,
    first_name: 'New',
    last_name: 'Person',
    email: `${username}@example.com`,
    password: PASSWORD,
    roles: roleIds,
    ...extra,
  });
  const create = async (username: string, roleIds = [roles.gamma]) => {
    const response = await as(admin, 'POST', URL, newUser(username, roleIds));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: number; result: User }>();
  };
  const userCount = async () =>
    (await t.metadataDb.kysely.selectFrom('ab_user').select('id').execute()).length;

  beforeAll(async () => {
    ({ t, as, admin, gamma } = await startAdminApiTestApp(PASSWORD));
    roles = {
      admin: await roleIdOf(t.metadataDb, 'Admin'),
      alpha: await roleIdOf(t.metadataDb, 'Alpha'),
      gamma: await roleIdOf(t.metadataDb, 'Gamma'),
    };
  });
  afterAll(async () => t.close());

  it('refuses anonymous callers with 401 and non-admins with 403, on every verb', async () => {
    await expectAdminOnly(t.app, gamma, crudRouteCalls(URL));
  });

  it('lists users with their roles, FAB-style, and never a password hash', async () => {
    const response = await as(admin, 'GET', URL);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ count: number; ids: number[]; result: User[] }>();
    expect(body.count).toBeGreaterThanOrEqual(2);
    expect(body.ids).toEqual(body.result.map((user) => user.id));
    expect(body.result.find((user) => user.username === 'admin')).toMatchObject({
      active: true,
      roles: [{ id: roles.admin, name: 'Admin' }],
      login_count: 1,
    });
    expect(response.body).not.toMatch(/argon2|"password"/);
  });

  it('filters, orders and pages with a Rison q, and names what is wrong in a bad one', async () => {
    await create('filter_me_1');
    await create('filter_me_2', [roles.alpha]);
    const q = encodeRison({
      filters: [{ col: 'username', opr: 'sw', value: 'FILTER_me' }],
      order_column: 'username',
      order_direction: 'desc',
      page: 0,
      page_size: 1,
    });
    const page = (await as(admin, 'GET', `${URL}?q=${encodeURIComponent(q)}`)).json<{
      count: number;
      result: User[];
    }>();
    expect(page.count).toBe(2);
    expect(page.result.map((user) => user.username)).toEqual(['filter_me_2']);

    const byRole = encodeRison({ filters: [{ col: 'roles', opr: 'rel_m_m', value: roles.alpha }] });
    const alphas = (await as(admin, 'GET', `${URL}?q=${encodeURIComponent(byRole)}`)).json<{
      result: User[];
    }>();
    expect(alphas.result.map((user) => user.username)).toEqual(['filter_me_2']);

    const bad = await as(
      admin,
      'GET',
      `${URL}?q=${encodeURIComponent('(filters:!((col:password,opr:ct,value:x)))')}`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/cannot filter on "password"/);
    expect((await as(admin, 'GET', `${URL}?q=(page:`)).statusCode).toBe(400);
  });

  it('creates a user who can then log in, and shows them by id', async () => {
    const created = await create('newbie', [roles.gamma, roles.alpha]);
    expect(created.result).toMatchObject({
      id: created.id,
      username: 'newbie',
      active: true,
      roles: [
        { id: roles.alpha, name: 'Alpha' },
        { id: roles.gamma, name: 'Gamma' },
      ],
      last_login: null,
    });
    const shown = await as(admin, 'GET', `${URL}${created.id}`);
    expect(shown.json()).toEqual({ id: created.id, result: created.result });
    expect(await canLogIn(t.app, 'newbie', PASSWORD)).toBe(true);
    expect((await as(admin, 'GET', `${URL}987654`)).statusCode).toBe(404);
    expect((await as(admin, 'GET', `${URL}abc`)).statusCode).toBe(404);
  });

  it('answers 409 for a taken username or email', async () => {
    await create('taken');
    const sameName = await as(
      admin,
      'POST',
      URL,
      newUser('taken', [roles.gamma], { email: 'x@example.com' }),
    );
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json<{ message: string }>().message).toMatch(/username "taken"/);
    const sameEmail = await as(
      admin,
      'POST',
      URL,
      newUser('other', [roles.gamma], { email: 'taken@example.com' }),
    );
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'USER_ALREADY_EXISTS',
    );
  });

  it('lists every invalid field at once in a 400', async () => {
    const response = await as(admin, 'POST', URL, {
      username: '',
      first_name: 'A',
      email: 'not-an-email',
      password: 'short',
      roles: [],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      message: string;
      errors: { extra: { fields: Record<string, string[]> } }[];
    }>();
    expect(Object.keys(body.errors[0]?.extra.fields ?? {}).sort()).toEqual([
      'email',
      'last_name',
      'password',
      'roles',
      'username',
    ]);
    expect(body.message).toMatch(/at least 8 characters/);
  });

  it('creates nothing when a role id is unknown', async () => {
    const before = await userCount();
    const response = await as(admin, 'POST', URL, newUser('ghost', [roles.gamma, 987654]));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/No role has the id 987654/);
    expect(await userCount()).toBe(before);
  });

  it('updates some fields, replaces roles, and resets the password', async () => {
    const { id } = await create('editme');
    const response = await as(admin, 'PUT', `${URL}${id}`, {
      first_name: 'Edited',
      roles: [roles.alpha],
      password: 'a-brand-new-password',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ result: User }>().result).toMatchObject({
      first_name: 'Edited',
      last_name: 'Person',
      roles: [{ id: roles.alpha, name: 'Alpha' }],
    });
    expect(await canLogIn(t.app, 'editme', PASSWORD)).toBe(false);
    expect(await canLogIn(t.app, 'editme', 'a-brand-new-password')).toBe(true);
    expect((await as(admin, 'PUT', `${URL}${id}`, {})).statusCode).toBe(400);
    expect((await as(admin, 'PUT', `${URL}987654`, { first_name: 'X' })).statusCode).toBe(404);
  });

  it('deactivating a user ends their session and stops their logins', async () => {
    const { id } = await create('leaver');
    const leaver = await loginHeaders(t.app, 'leaver', PASSWORD);
    expect((await as(leaver, 'GET', '/api/v1/me/')).statusCode).toBe(200);

    const response = await as(admin, 'PUT', `${URL}${id}`, { active: false });
    expect(response.json<{ result: User }>().result.active).toBe(false);
    expect((await as(leaver, 'GET', '/api/v1/me/')).statusCode).toBe(401);
    expect(await canLogIn(t.app, 'leaver', PASSWORD)).toBe(false);
  });

  it('deletes a user', async () => {
    const { id } = await create('goner');
    const response = await as(admin, 'DELETE', `${URL}${id}`);
    expect(response.statusCode).toBe(200);
    expect((await as(admin, 'GET', `${URL}${id}`)).statusCode).toBe(404);
    expect((await as(admin, 'DELETE', `${URL}${id}`)).statusCode).toBe(404);
  });

  it('will not let an admin delete, deactivate or demote themselves', async () => {
    const me = (await as(admin, 'GET', '/api/v1/me/')).json<{ result: { id: number } }>().result.id;
    const attempts = [
      await as(admin, 'DELETE', `${URL}${me}`),
      await as(admin, 'PUT', `${URL}${me}`, { active: false }),
      await as(admin, 'PUT', `${URL}${me}`, { roles: [roles.gamma] }),
    ];
    for (const attempt of attempts) {
      expect(attempt.statusCode).toBe(400);
      expect(attempt.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
        'LOCKOUT_REFUSED',
      );
    }
    expect(attempts.map((a) => a.json<{ message: string }>().message)).toEqual([
      'You cannot delete your own user.',
      'You cannot deactivate your own user.',
      'You cannot remove the Admin role from yourself.',
    ]);
    const still = (await as(admin, 'GET', `${URL}${me}`)).json<{ result: User }>().result;
    expect(still).toMatchObject({ active: true, roles: [{ name: 'Admin' }] });
    const renamed = await as(admin, 'PUT', `${URL}${me}`, {
      first_name: 'Still',
      roles: [roles.admin, roles.gamma],
    });
    expect(renamed.statusCode).toBe(200);
  });

  it('serves the List Users and List Roles pages only to those who may use them', async () => {
    for (const path of ['/users/list/', '/roles/list/']) {
      expect((await as(admin, 'GET', path)).statusCode, path).toBe(200);
      const refused = await as(gamma, 'GET', path);
      expect(refused.statusCode, path).toBe(403);
      expect(refused.headers['content-type']).toMatch(/text\/html/);
      expect((await as({}, 'GET', path)).statusCode, path).toBe(302);
    }
    expect((await as(gamma, 'GET', '/user_info/')).statusCode).toBe(200);
  });

  describe('a non-admin user manager', () => {
    let manager: BrowserHeaders;
    beforeAll(async () => {
      const gammaPairs = await pairIdsOfRole(t.metadataDb, roles.gamma);
      await createRoleWith(t.metadataDb, 'UserManager', [
        ...gammaPairs,
        await pairIdOf(t.metadataDb, 'can_read', 'User'),
        await pairIdOf(t.metadataDb, 'can_write', 'User'),
      ]);
      await addUser(t.metadataDb, {
        username: 'manager',
        password: PASSWORD,
        roles: ['UserManager'],
      });
      manager = await loginHeaders(t.app, 'manager', PASSWORD);
    });

    it('may create users with roles whose permissions they hold', async () => {
      const response = await as(manager, 'POST', URL, newUser('managed', [roles.gamma]));
      expect(response.statusCode, response.body).toBe(201);
    });

    it('may not grant the Admin role or permissions they lack', async () => {
      const before = await userCount();
      const asAdmin = await as(manager, 'POST', URL, newUser('sneaky', [roles.admin]));
      expect(asAdmin.statusCode).toBe(403);
      expect(asAdmin.json<{ message: string }>().message).toMatch(/Only an Admin/);
      const asAlpha = await as(manager, 'POST', URL, newUser('sneaky2', [roles.alpha]));
      expect(asAlpha.statusCode).toBe(403);
      expect(asAlpha.json<{ message: string }>().message).toMatch(/permissions you do not hold/);
      expect(await userCount()).toBe(before);
    });

    it('may not take over an admin by resetting their password', async () => {
      const adminId = (await as(admin, 'GET', '/api/v1/me/')).json<{ result: { id: number } }>()
        .result.id;
      const response = await as(manager, 'PUT', `${URL}${adminId}`, {
        password: 'owned-by-manager',
      });
      expect(response.statusCode).toBe(403);
      expect(await canLogIn(t.app, 'admin', PASSWORD)).toBe(true);
    });
  });
});
