import type { Kysely } from 'kysely';
import { readCount, type MetadataDb, type MetadataSchema } from '../../db/index.js';
import { RoleNotFoundError } from '../../security/roles/role.errors.js';
import { UserAlreadyExistsError, UserNotFoundError } from './user.errors.js';
import { toUserRecord, type NewUser, type UserRecord } from './user.record.js';
import { insertUserRoles, insertUserRow } from './user-row.insert.js';
import { findRolesOfUsers } from './user-roles.query.js';

export type { NewUser, UserRecord } from './user.record.js';

/** Users in `ab_user` and their roles in `ab_user_role`. */
export interface UserRepository {
  findByUsername(username: string): Promise<UserRecord | undefined>;
  findById(id: number): Promise<UserRecord | undefined>;
  /** Throws `UserNotFoundError`. */
  getById(id: number): Promise<UserRecord>;
  /**
   * Creates a user with its roles in one transaction. Throws `UserAlreadyExistsError` for a
   * taken username or email and `RoleNotFoundError` for an unknown role.
   */
  create(user: NewUser): Promise<UserRecord>;
  /** The user's role names, sorted. */
  listRoleNames(userId: number): Promise<string[]>;
  /** A successful login: last_login now, one more login, failed attempts back to 0. */
  recordLogin(userId: number): Promise<void>;
  /** A failed login: one more failed attempt. */
  recordFailedLogin(userId: number): Promise<void>;
  count(): Promise<number>;
  /** Replaces the stored password hash (e.g. an imported Werkzeug hash by argon2id). */
  updatePasswordHash(userId: number, passwordHash: string): Promise<void>;
  /** Replaces the user's roles in one transaction; throws `RoleNotFoundError` for an unknown role. */
  setRoles(userId: number, roleNames: readonly string[]): Promise<void>;
  /** Those of `roleNames` that name an existing role, sorted. */
  findExistingRoleNames(roleNames: readonly string[]): Promise<string[]>;
}

type Db = Kysely<MetadataSchema>;

async function findWhere(db: Db, column: 'id' | 'username' | 'email', value: string | number) {
  const row = await db
    .selectFrom('ab_user')
    .selectAll()
    .where(column, '=', value)
    .executeTakeFirst();
  return row && toUserRecord(row);
}

async function getWhereId(db: Db, id: number): Promise<UserRecord> {
  const user = await findWhere(db, 'id', id);
  if (!user) throw new UserNotFoundError(id);
  return user;
}

async function findRoleIds(db: Db, user: NewUser): Promise<number[]> {
  const names = [...new Set(user.roleNames)];
  if (names.length === 0) return [];
  const roles = await db
    .selectFrom('ab_role')
    .select(['id', 'name'])
    .where('name', 'in', names)
    .execute();
  const missing = names.filter((name) => !roles.some((role) => role.name === name));
  if (missing.length > 0) throw new RoleNotFoundError(missing, `Creating user "${user.username}"`);
  return roles.map((role) => role.id);
}

/** The user repository on the metadata database. */
export function createUserRepository(db: MetadataDb): UserRepository {
  const { kysely } = db;
  return {
    findByUsername: (username) => findWhere(kysely, 'username', username),
    findById: (id) => findWhere(kysely, 'id', id),
    getById: (id) => getWhereId(kysely, id),

    create: (user) =>
      kysely.transaction().execute(async (trx) => {
        if (await findWhere(trx, 'username', user.username)) {
          throw new UserAlreadyExistsError('username', user.username);
        }
        if (await findWhere(trx, 'email', user.email)) {
          throw new UserAlreadyExistsError('email', user.email);
        }
        const roleIds = await findRoleIds(trx, user);
        const id = await insertUserRow(trx, db.dialect, user);
        await insertUserRoles(trx, id, roleIds);
        return getWhereId(trx, id);
      }),

    async listRoleNames(userId) {
      const roles = await findRolesOfUsers(kysely, [userId]);
      return (roles.get(userId) ?? []).map((role) => role.name);
    },

    async recordLogin(userId) {
      const result = await kysely
        .updateTable('ab_user')
        .set((eb) => ({
          last_login: new Date(),
          login_count: eb('login_count', '+', 1),
          fail_login_count: 0,
        }))
        .where('id', '=', userId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new UserNotFoundError(userId);
    },

    async recordFailedLogin(userId) {
      const result = await kysely
        .updateTable('ab_user')
        .set((eb) => ({ fail_login_count: eb('fail_login_count', '+', 1) }))
        .where('id', '=', userId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new UserNotFoundError(userId);
    },

    async updatePasswordHash(userId, passwordHash) {
      const result = await kysely
        .updateTable('ab_user')
        .set({ password: passwordHash, changed_on: new Date() })
        .where('id', '=', userId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new UserNotFoundError(userId);
    },

    setRoles: (userId, roleNames) =>
      kysely.transaction().execute(async (trx) => {
        const user = await getWhereId(trx, userId);
        const roleIds = await findRoleIds(trx, { ...user, passwordHash: null, roleNames });
        await trx.deleteFrom('ab_user_role').where('user_id', '=', userId).execute();
        await insertUserRoles(trx, userId, roleIds);
      }),

    async findExistingRoleNames(roleNames) {
      if (roleNames.length === 0) return [];
      const rows = await kysely
        .selectFrom('ab_role')
        .select('name')
        .where('name', 'in', [...new Set(roleNames)])
        .orderBy('name')
        .execute();
      return rows.map((row) => row.name);
    },

    async count() {
      const row = await kysely
        .selectFrom('ab_user')
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirst();
      return readCount(row?.total);
    },
  };
}
