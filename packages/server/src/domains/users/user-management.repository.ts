import type { Kysely } from 'kysely';
import type { RoleRef, UserListQuery } from '@superset-ts/shared';
import type { MetadataDialect, MetadataSchema } from '../../db/index.js';
import { UserAlreadyExistsError, UserNotFoundError } from './user.errors.js';
import { findUserPage } from './user-list.query.js';
import { toUserRecord, type UserRecord } from './user.record.js';
import { isUniqueViolation } from './unique-violation.js';
import { insertUserRoles, insertUserRow } from './user-row.insert.js';
import { findRolesOfUsers } from './user-roles.query.js';

type Db = Kysely<MetadataSchema>;

/** A user with the roles they hold, as the users API shows it. */
export interface ManagedUser extends UserRecord {
  roles: RoleRef[];
}

/** The columns of a new user (the password already hashed) and the ids of its roles. */
export interface NewManagedUser {
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  passwordHash: string;
  active: boolean;
  roleIds: readonly number[];
}

/** What an update may change; `roleIds` replaces the user's roles. */
export type ManagedUserChanges = Partial<Omit<NewManagedUser, 'roleIds'>> & {
  roleIds?: readonly number[];
};

/**
 * Users as the security API manages them. Every function takes the query builder it runs
 * on, so a service can run several in one transaction.
 */
export const userManagementRepository = {
  /** The users with these ids, with roles, in the given order (missing ids are skipped). */
  async findMany(db: Db, ids: readonly number[]): Promise<ManagedUser[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('ab_user')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
    const roles = await findRolesOfUsers(db, ids);
    const byId = new Map(rows.map((row) => [row.id, toUserRecord(row)]));
    return ids.flatMap((id) => {
      const user = byId.get(id);
      return user ? [{ ...user, roles: roles.get(id) ?? [] }] : [];
    });
  },

  /** One user with roles; throws `UserNotFoundError`. */
  async get(db: Db, id: number): Promise<ManagedUser> {
    const [user] = await userManagementRepository.findMany(db, [id]);
    if (!user) throw new UserNotFoundError(id);
    return user;
  },

  /** A page of users matching a list query, and how many match in all. */
  async list(db: Db, query: UserListQuery): Promise<{ count: number; users: ManagedUser[] }> {
    const page = await findUserPage(db, query);
    return { count: page.count, users: await userManagementRepository.findMany(db, page.ids) };
  },

  /** Throws `UserAlreadyExistsError` when another user has this username or email. */
  async requireUnique(
    db: Db,
    fields: { username?: string | undefined; email?: string | undefined },
    exceptId?: number,
  ): Promise<void> {
    for (const field of ['username', 'email'] as const) {
      const value = fields[field];
      if (value === undefined) continue;
      let query = db.selectFrom('ab_user').select('id').where(field, '=', value);
      if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
      if (await query.executeTakeFirst()) throw new UserAlreadyExistsError(field, value);
    }
  },

  /** Inserts a user and its roles; returns the new id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    user: NewManagedUser,
    actorId: number | null,
  ): Promise<number> {
    await userManagementRepository.requireUnique(db, user);
    const id = await insertUserRow(db, dialect, user, actorId).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new UserAlreadyExistsError('username', user.username);
      throw error;
    });
    await userManagementRepository.setRoles(db, id, user.roleIds);
    return id;
  },

  /**
   * Applies `changes` to a user; a new password or a deactivation also refuses the user's
   * earlier sessions and tokens. Throws `UserNotFoundError` or `UserAlreadyExistsError`.
   */
  async update(
    db: Db,
    id: number,
    changes: ManagedUserChanges,
    actorId: number | null,
  ): Promise<void> {
    await userManagementRepository.requireUnique(db, changes, id);
    const { roleIds, passwordHash, ...columns } = changes;
    const now = new Date();
    // A new password or a deactivation ends the user's sessions and tokens issued before it.
    const endsSessions = passwordHash !== undefined || columns.active === false;
    const result = await db
      .updateTable('ab_user')
      .set({
        ...columns,
        ...(passwordHash === undefined ? {} : { password: passwordHash }),
        ...(endsSessions ? { sessions_valid_after: now } : {}),
        changed_on: now,
        changed_by_fk: actorId,
      })
      .where('id', '=', id)
      .executeTakeFirst()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new UserAlreadyExistsError('username', changes.username ?? '');
        }
        throw error;
      });
    if (result.numUpdatedRows === 0n) throw new UserNotFoundError(id);
    if (roleIds !== undefined) await userManagementRepository.setRoles(db, id, roleIds);
  },

  /** Makes the user's roles exactly `roleIds`. */
  async setRoles(db: Db, userId: number, roleIds: readonly number[]): Promise<void> {
    await db.deleteFrom('ab_user_role').where('user_id', '=', userId).execute();
    await insertUserRoles(db, userId, [...new Set(roleIds)]);
  },

  /** Deletes a user and their role links; throws `UserNotFoundError`. */
  async delete(db: Db, id: number): Promise<void> {
    // Other users' created_by/changed_by point here; the foreign keys set them to null.
    await db.deleteFrom('ab_user_role').where('user_id', '=', id).execute();
    const result = await db.deleteFrom('ab_user').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw new UserNotFoundError(id);
  },
};
