import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { MetadataDb } from '../../../db/index.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';

/** Whether `username` can log in with `password` right now. */
export async function canLogIn(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<boolean> {
  return loginHeaders(app, username, password).then(
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
