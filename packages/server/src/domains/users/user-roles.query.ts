import type { Kysely } from 'kysely';
import type { RoleRef } from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';

/** The roles each of `userIds` holds, by user id (every id present), sorted by name. */
export async function findRolesOfUsers(
  db: Kysely<MetadataSchema>,
  userIds: readonly number[],
): Promise<Map<number, RoleRef[]>> {
  const byUser = new Map<number, RoleRef[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('ab_user_role as ur')
    .innerJoin('ab_role as r', 'r.id', 'ur.role_id')
    .select(['ur.user_id', 'r.id', 'r.name'])
    .where('ur.user_id', 'in', [...userIds])
    .orderBy('r.name')
    .execute();
  for (const row of rows) byUser.get(row.user_id)?.push({ id: row.id, name: row.name });
  return byUser;
}
