import type { Kysely } from 'kysely';
import type { UserCreate, UserListQuery, UserUpdate } from '@superset-ts/shared';
import type { MetadataDb, MetadataSchema } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { LockoutRefusedError, type GrantPolicy } from '../permissions/grant-policy.js';
import { permissionRepository } from '../permissions/permission.repository.js';
import { roleRepository } from '../roles/role.repository.js';
import {
  userManagementRepository as users,
  type ManagedUser,
  type ManagedUserChanges,
} from './user-management.repository.js';

type Db = Kysely<MetadataSchema>;

/** What the users service needs. */
export interface UserServiceDeps {
  metadataDb: MetadataDb;
  policy: GrantPolicy;
  hashPassword(plain: string): Promise<string>;
}

/** The role names of these ids; a 400 naming the ids that are not roles. */
async function requireRoles(db: Db, ids: readonly number[]): Promise<string[]> {
  const roles = await roleRepository.findMany(db, ids);
  const known = new Set(roles.map((role) => role.id));
  const unknown = [...new Set(ids)].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const message = `No role has the id ${unknown.join(', ')}.`;
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', message, { fields: { roles: [message] } });
  }
  return roles.map((role) => role.name);
}

function actorId(actor: Actor): number {
  if (actor.kind !== 'user') throw new AppError('AUTHENTICATION_REQUIRED');
  return actor.userId;
}

/**
 * Managing users (Superset's List Users): list, show, create, update, delete. Besides the
 * route's permission, the grant policy applies (no granting more than you hold, no locking
 * yourself out); each write is one transaction, so a refused change leaves nothing behind.
 */
export function createUserService(deps: UserServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const { policy } = deps;

  /** Checks the actor may grant these roles. */
  const requireMayGrantRoles = async (db: Db, actor: Actor, roleIds: readonly number[]) => {
    const roleNames = await requireRoles(db, roleIds);
    const keys = await permissionRepository.keysOfRoles(db, roleIds);
    policy.requireWithinActor(actor, { roleNames, keys }, 'give a user a role');
  };

  /** Checks the actor may change this user as they are now. */
  const requireMayManage = async (db: Db, actor: Actor, user: ManagedUser) => {
    const keys = await permissionRepository.keysOfRoles(
      db,
      user.roles.map((role) => role.id),
    );
    const roleNames = user.roles.map((role) => role.name);
    policy.requireWithinActor(actor, { roleNames, keys }, 'change a user');
  };

  /** The self-service mistakes with a clearer message than the general lockout check. */
  const refuseSelfLockout = (
    actor: Actor,
    user: ManagedUser,
    body: UserUpdate,
    roles: string[],
  ) => {
    if (actor.kind !== 'user' || actor.userId !== user.id) return;
    if (body.active === false)
      throw new LockoutRefusedError('You cannot deactivate your own user.');
    const wasAdmin = user.roles.some((role) => role.name === policy.adminRoleName);
    if (body.roles !== undefined && wasAdmin && !roles.includes(policy.adminRoleName)) {
      throw new LockoutRefusedError(
        `You cannot remove the ${policy.adminRoleName} role from yourself.`,
      );
    }
  };

  const write = <T>(actor: Actor, work: (trx: Db) => Promise<T>): Promise<T> =>
    kysely.transaction().execute(async (trx) => {
      const value = await work(trx);
      await policy.requireNoLockout(trx, actor);
      return value;
    });

  return {
    list: (query: UserListQuery) => users.list(kysely, query),

    get: (id: number) => users.get(kysely, id),

    async create(actor: Actor, body: UserCreate): Promise<ManagedUser> {
      const passwordHash = await deps.hashPassword(body.password);
      return write(actor, async (trx) => {
        await requireMayGrantRoles(trx, actor, body.roles);
        const id = await users.insert(
          trx,
          dialect,
          { ...body, passwordHash, roleIds: body.roles },
          actorId(actor),
        );
        return users.get(trx, id);
      });
    },

    async update(actor: Actor, id: number, body: UserUpdate): Promise<ManagedUser> {
      const passwordHash =
        body.password === undefined ? undefined : await deps.hashPassword(body.password);
      return write(actor, async (trx) => {
        const user = await users.get(trx, id);
        await requireMayManage(trx, actor, user);
        const roleNames = body.roles === undefined ? [] : await requireRoles(trx, body.roles);
        refuseSelfLockout(actor, user, body, roleNames);
        if (body.roles !== undefined) await requireMayGrantRoles(trx, actor, body.roles);
        const { password: _password, roles, ...columns } = body;
        const changes: ManagedUserChanges = {
          ...columns,
          ...(passwordHash === undefined ? {} : { passwordHash }),
          ...(roles === undefined ? {} : { roleIds: roles }),
        };
        await users.update(trx, id, changes, actorId(actor));
        return users.get(trx, id);
      });
    },

    async delete(actor: Actor, id: number): Promise<void> {
      if (actor.kind === 'user' && actor.userId === id) {
        throw new LockoutRefusedError('You cannot delete your own user.');
      }
      await write(actor, async (trx) => {
        await requireMayManage(trx, actor, await users.get(trx, id));
        await users.delete(trx, id);
      });
    },
  };
}

/** The users service, as routes receive it. */
export type UserService = ReturnType<typeof createUserService>;
