import type { PermissionResource, Role, RolePermission } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type TestApp } from '../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import {
  crudRouteCalls,
  expectAdminOnly,
  startAdminApiTestApp,
  type AdminApiTestApp,
} from '../users/test-support/admin-api-test-app.js';
import { pairIdOf, pairIdsOfRole, roleIdOf } from '../users/test-support/security-api-client.js';

const URL = '/api/v1/security/roles/';
const PAIRS_URL = '/api/v1/security/permissions-resources/';
const PASSWORD = 'a-long-password-1';

describe('roles API (/api/v1/security/roles/)', () => {
  let t: TestApp;
  let admin: BrowserHeaders;
  let gamma: BrowserHeaders;
  let readDashboard: number;
  let readChart: number;

  let as: AdminApiTestApp['as'];
  const roleNames = async () =>
    (await t.metadataDb.kysely.selectFrom('ab_role').select('name').execute()).map((r) => r.name);
  const createRole = async (name: string, ids: number[] = []) => {
    const response = await as(admin, 'POST', URL, { name, permission_view_menu_ids: ids });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: number; result: Role }>();
  };

  beforeAll(async () => {
    ({ t, as, admin, gamma } = await startAdminApiTestApp(PASSWORD));
    readDashboard = await pairIdOf(t.metadataDb, 'can_read', 'Dashboard');
    readChart = await pairIdOf(t.metadataDb, 'can_read', 'Chart');
  });
  afterAll(async () => t.close());

  it('refuses anonymous callers with 401 and non-admins with 403, on every verb', async () => {
    await expectAdminOnly(t.app, gamma, [
      ...crudRouteCalls(URL),
      ['GET', `${URL}1/permissions/`],
      ['POST', `${URL}1/permissions`],
      ['GET', PAIRS_URL],
    ]);
  });

  it('lists roles with user and permission counts, built-ins marked', async () => {
    const response = await as(admin, 'GET', URL);
    const body = response.json<{ count: number; result: Role[] }>();
    expect(body.count).toBe(5);
    const admins = body.result.find((role) => role.name === 'Admin');
    expect(admins).toMatchObject({ user_count: 1, is_builtin: true });
    expect(admins?.permission_count).toBeGreaterThan(100);
    expect(body.result.find((role) => role.name === 'Public')).toMatchObject({
      user_count: 0,
      permission_count: 0,
    });
    const q = encodeURIComponent('(filters:!((col:name,opr:ct,value:AMM)))');
    const filtered = (await as(admin, 'GET', `${URL}?q=${q}`)).json<{ result: Role[] }>();
    expect(filtered.result.map((role) => role.name)).toEqual(['Gamma']);
  });

  it('creates a custom role with its permissions in one request', async () => {
    const created = await createRole('Analyst', [readDashboard, readChart]);
    expect(created.result).toEqual({
      id: created.id,
      name: 'Analyst',
      user_count: 0,
      permission_count: 2,
      is_builtin: false,
    });
    const permissions = await as(admin, 'GET', `${URL}${created.id}/permissions/`);
    expect(permissions.json<{ result: RolePermission[] }>().result).toEqual([
      { id: readChart, permission_name: 'can_read', view_menu_name: 'Chart' },
      { id: readDashboard, permission_name: 'can_read', view_menu_name: 'Dashboard' },
    ]);
    const duplicate = await as(admin, 'POST', URL, { name: 'Analyst' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'ROLE_ALREADY_EXISTS',
    );
  });

  it('creates nothing when a permission id is unknown', async () => {
    const response = await as(admin, 'POST', URL, {
      name: 'Broken',
      permission_view_menu_ids: [readChart, 987654],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/987654/);
    expect(await roleNames()).not.toContain('Broken');
  });

  it("replaces a role's permissions (FAB's POST .../permissions), all or nothing", async () => {
    const { id } = await createRole('Replaceable', [readDashboard]);
    const response = await as(admin, 'POST', `${URL}${id}/permissions`, {
      permission_view_menu_ids: [readChart],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ result: { permission_view_menu_ids: [readChart] } });
    expect(await pairIdsOfRole(t.metadataDb, id)).toEqual([readChart]);

    const refused = await as(admin, 'POST', `${URL}${id}/permissions`, {
      permission_view_menu_ids: [readDashboard, 987654],
    });
    expect(refused.statusCode).toBe(400);
    expect(await pairIdsOfRole(t.metadataDb, id)).toEqual([readChart]);
    expect(
      (await as(admin, 'POST', `${URL}987654/permissions`, { permission_view_menu_ids: [] }))
        .statusCode,
    ).toBe(404);
  });

  it('renames and deletes custom roles, and refuses both on built-in roles', async () => {
    const { id } = await createRole('Temporary');
    const renamed = await as(admin, 'PUT', `${URL}${id}`, { name: 'Renamed' });
    expect(renamed.json<{ result: Role }>().result.name).toBe('Renamed');
    expect((await as(admin, 'PUT', `${URL}${id}`, { name: 'Gamma' })).statusCode).toBe(409);

    const gammaId = await roleIdOf(t.metadataDb, 'Gamma');
    const rename = await as(admin, 'PUT', `${URL}${gammaId}`, { name: 'Gamma2' });
    expect(rename.statusCode).toBe(400);
    expect(rename.json<{ message: string }>().message).toBe(
      '"Gamma" is a built-in role: it cannot be renamed.',
    );
    const remove = await as(admin, 'DELETE', `${URL}${gammaId}`);
    expect(remove.statusCode).toBe(400);
    expect(remove.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'BUILTIN_ROLE_PROTECTED',
    );

    expect((await as(admin, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect(await roleNames()).not.toContain('Renamed');
    expect((await as(admin, 'GET', `${URL}${id}`)).statusCode).toBe(404);
  });

  it("allows editing a built-in role's permissions", async () => {
    const publicId = await roleIdOf(t.metadataDb, 'Public');
    const response = await as(admin, 'PUT', `${URL}${publicId}`, {
      permission_view_menu_ids: [readDashboard],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ result: Role }>().result).toMatchObject({
      name: 'Public',
      permission_count: 1,
      is_builtin: true,
    });
  });

  it("refuses a change that takes away the editing admin's own role management", async () => {
    const adminId = await roleIdOf(t.metadataDb, 'Admin');
    const before = await pairIdsOfRole(t.metadataDb, adminId);
    const writeRole = await pairIdOf(t.metadataDb, 'can_write', 'Role');
    const response = await as(admin, 'POST', `${URL}${adminId}/permissions`, {
      permission_view_menu_ids: before.filter((id) => id !== writeRole),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/can_write on Role/);
    expect(await pairIdsOfRole(t.metadataDb, adminId)).toEqual(before);
  });

  it('applies a permission change at once, to users who hold the role', async () => {
    const { id } = await createRole('Auditor');
    await addUser(t.metadataDb, { username: 'auditor', password: PASSWORD, roles: ['Auditor'] });
    const auditor = await loginHeaders(t.app, 'auditor', PASSWORD);
    expect((await as(auditor, 'GET', '/api/v1/security/users/')).statusCode).toBe(403);

    const readUsers = await pairIdOf(t.metadataDb, 'can_read', 'User');
    await as(admin, 'POST', `${URL}${id}/permissions`, { permission_view_menu_ids: [readUsers] });
    expect((await as(auditor, 'GET', '/api/v1/security/users/')).statusCode).toBe(200);
    const listed = (await as(admin, 'GET', `${URL}${id}`)).json<{ result: Role }>().result;
    expect(listed.user_count).toBe(1);
  });

  it('lists every (permission, view menu) pair for the picker, or a page of them', async () => {
    const all = (await as(admin, 'GET', PAIRS_URL)).json<{
      count: number;
      ids: number[];
      result: PermissionResource[];
    }>();
    expect(all.result).toHaveLength(all.count);
    expect(all.result).toContainEqual({
      id: readChart,
      permission: { name: 'can_read' },
      view_menu: { name: 'Chart' },
    });
    const q = encodeURIComponent('(page:1,page_size:10)');
    const page = (await as(admin, 'GET', `${PAIRS_URL}?q=${q}`)).json<{ ids: number[] }>();
    expect(page.ids).toEqual(all.ids.slice(10, 20));
  });
});
