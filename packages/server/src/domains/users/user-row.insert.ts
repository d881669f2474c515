import type { Kysely } from 'kysely';
import { insertReturningId, type MetadataDialect, type MetadataSchema } from '../../db/index.js';
import type { NewUser } from './user.record.js';

/** The columns of a new `ab_user` row: the password already hashed (null: no local password). */
export type NewUserRow = Omit<NewUser, 'roleNames'>;

/**
 * Inserts one `ab_user` row, created and changed now by `actorId` (null: nobody, e.g. the
 * CLI or a login that registers the user), and returns its id.
 */
export function insertUserRow(
  db: Kysely<MetadataSchema>,
  dialect: MetadataDialect,
  user: NewUserRow,
  actorId: number | null = null,
): Promise<number> {
  const now = new Date();
  return insertReturningId(
    db.insertInto('ab_user').values({
      username: user.username,
      first_name: user.first_name,
      last_name: user.last_name,
      email: user.email,
      password: user.passwordHash,
      active: user.active,
      created_on: now,
      changed_on: now,
      created_by_fk: actorId,
      changed_by_fk: actorId,
    }),
    dialect,
  );
}

/** Links a user to each of `roleIds` in `ab_user_role` (nothing for none). */
export async function insertUserRoles(
  db: Kysely<MetadataSchema>,
  userId: number,
  roleIds: readonly number[],
): Promise<void> {
  if (roleIds.length === 0) return;
  await db
    .insertInto('ab_user_role')
    .values(roleIds.map((roleId) => ({ user_id: userId, role_id: roleId })))
    .execute();
}
