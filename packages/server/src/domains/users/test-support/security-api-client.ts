import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { MetadataDb } from '../../../db/index.js';

/** Headers that act as one logged-in browser: its session cookie and, when CSRF is on, a token. */
export type BrowserHeaders = Record<string, string>;

function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return all.find((line) => line.startsWith('session='))?.split(';')[0];
}

/**
 * What the web app does before a state-changing request: fetches a CSRF token for its
 * session. Without the CSRF endpoint (404) the headers go out as they are.
 */
export async function withCsrfToken(
  app: FastifyInstance,
  headers: BrowserHeaders,
): Promise<BrowserHeaders> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/security/csrf_token/',
    headers,
  });
  if (response.statusCode === 404) return headers;
  if (response.statusCode !== 200) throw new Error(`csrf_token answered ${response.statusCode}`);
  const cookie = sessionCookieOf(response) ?? headers.cookie;
  return {
    ...headers,
    ...(cookie ? { cookie } : {}),
    'x-csrftoken': response.json<{ result: string }>().result,
  };
}

/** Logs in through `POST /login/` and returns the browser headers of that session. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<BrowserHeaders> {
  const anonymous = await withCsrfToken(app, {});
  const response = await app.inject({
    method: 'POST',
    url: '/login/',
    headers: anonymous,
    payload: { username, password },
  });
  const cookie = sessionCookieOf(response);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`login as ${username} answered ${response.statusCode}: ${response.body}`);
  }
  return withCsrfToken(app, { cookie });
}

/** Whether `username` can log in with `password` right now. */
export async function canLogIn(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<boolean> {
  return loginAs(app, username, password).then(
    () => true,
    () => false,
  );
}

/** `app.inject` as that browser, with a JSON body. */
export function requestAs(
  app: FastifyInstance,
  headers: BrowserHeaders,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const options: InjectOptions = { method, url, headers };
  if (payload !== undefined) options.payload = payload as InjectOptions['payload'];
  return app.inject(options);
}

/** The id of a role by name. */
export async function roleIdOf(metadataDb: MetadataDb, name: string): Promise<number> {
  const row = await metadataDb.kysely
    .selectFrom('ab_role')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The `ab_permission_view` id of a (permission, view menu) pair. */
export async function pairIdOf(
  metadataDb: MetadataDb,
  permission: string,
  viewMenu: string,
): Promise<number> {
  const row = await metadataDb.kysely
    .selectFrom('ab_permission_view as pv')
    .innerJoin('ab_permission as p', 'p.id', 'pv.permission_id')
    .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
    .select('pv.id')
    .where('p.name', '=', permission)
    .where('v.name', '=', viewMenu)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Creates a custom role holding exactly the given pairs; returns its id. */
export async function createRoleWith(
  metadataDb: MetadataDb,
  name: string,
  pairIds: readonly number[],
): Promise<number> {
  await metadataDb.kysely.insertInto('ab_role').values({ name }).execute();
  const roleId = await roleIdOf(metadataDb, name);
  if (pairIds.length > 0) {
    await metadataDb.kysely
      .insertInto('ab_permission_view_role')
      .values(pairIds.map((id) => ({ role_id: roleId, permission_view_id: id })))
      .execute();
  }
  return roleId;
}

/** The pair ids a role holds. */
export async function pairIdsOfRole(metadataDb: MetadataDb, roleId: number): Promise<number[]> {
  const rows = await metadataDb.kysely
    .selectFrom('ab_permission_view_role')
    .select('permission_view_id')
    .where('role_id', '=', roleId)
    .orderBy('permission_view_id')
    .execute();
  return rows.map((row) => row.permission_view_id);
}
