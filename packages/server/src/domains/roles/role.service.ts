import type { Kysely } from 'kysely';
import type { RoleCreate, RoleListQuery, RoleUpdate } from '@superset-ts/shared';
import type { MetadataDb, MetadataSchema } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import type { GrantPolicy } from '../permissions/grant-policy.js';
import {
  permissionRepository,
  type PermissionResourceRow,
} from '../permissions/permission.repository.js';
import { roleRepository, type RoleRow } from './role.repository.js';

type Db = Kysely<MetadataSchema>;

/** What the roles service needs. */
export interface RoleServiceDeps {
  metadataDb: MetadataDb;
  policy: GrantPolicy;
  /** Roles `superset init` owns (and the configured admin and public roles): never renamed or deleted. */
  protectedRoleNames: ReadonlySet<string>;
  /** Called after a committed change, so cached role permissions are read again. */
  onRolesChanged(): void;
}

function keysOf(pairs: readonly PermissionResourceRow[]): Set<string> {
  return new Set(pairs.map((pair) => permissionKey(pair.permission, pair.viewMenu)));
}

/** The pairs with these ids; a 400 naming the ids that are not permissions. */
async function requirePairs(db: Db, ids: readonly number[]): Promise<PermissionResourceRow[]> {
  const pairs = await permissionRepository.findPairs(db, ids);
  const known = new Set(pairs.map((pair) => pair.id));
  const unknown = [...new Set(ids)].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const message = `No permission has the id ${unknown.join(', ')}.`;
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', message, {
      fields: { permission_view_menu_ids: [message] },
    });
  }
  return pairs;
}

/**
 * Managing roles and their permissions (Superset's List Roles). Built-in roles cannot be
 * renamed or deleted; their permissions may be edited, though `superset init` resets them.
 * Every write is one transaction that also checks the grant policy, so a refused change
 * leaves nothing behind.
 */
export function createRoleService(deps: RoleServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;

  const requireNotProtected = (role: RoleRow, verb: 'renamed' | 'deleted') => {
    if (deps.protectedRoleNames.has(role.name)) {
      throw new AppError(
        'BUILTIN_ROLE_PROTECTED',
        `"${role.name}" is a built-in role: it cannot be ${verb}.`,
      );
    }
  };

  /** Checks the actor may touch the role as it is now and give it `pairIds`. */
  const requireMayGrant = async (
    db: Db,
    actor: Actor,
    role: RoleRow | undefined,
    pairIds: readonly number[] | undefined,
  ) => {
    if (role) {
      const current = keysOf(await permissionRepository.pairsOfRole(db, role.id));
      deps.policy.requireWithinActor(
        actor,
        { roleNames: [role.name], keys: current },
        'change a role',
      );
    }
    if (pairIds !== undefined) {
      const granted = keysOf(await requirePairs(db, pairIds));
      deps.policy.requireWithinActor(actor, { keys: granted }, 'give a role');
    }
  };

  const write = async <T>(actor: Actor, work: (trx: Db) => Promise<T>): Promise<T> => {
    const result = await kysely.transaction().execute(async (trx) => {
      const value = await work(trx);
      await deps.policy.requireNoLockout(trx, actor);
      return value;
    });
    deps.onRolesChanged();
    return result;
  };

  return {
    isProtected: (name: string) => deps.protectedRoleNames.has(name),

    list: (query: RoleListQuery) => roleRepository.list(kysely, query),

    get: (id: number) => roleRepository.get(kysely, id),

    async create(actor: Actor, body: RoleCreate): Promise<RoleRow> {
      return write(actor, async (trx) => {
        await requireMayGrant(trx, actor, undefined, body.permission_view_menu_ids);
        const id = await roleRepository.insert(trx, dialect, body.name);
        if (body.permission_view_menu_ids) {
          await roleRepository.setPermissions(trx, id, body.permission_view_menu_ids);
        }
        return roleRepository.get(trx, id);
      });
    },

    async update(actor: Actor, id: number, body: RoleUpdate): Promise<RoleRow> {
      return write(actor, async (trx) => {
        const role = await roleRepository.get(trx, id);
        await requireMayGrant(trx, actor, role, body.permission_view_menu_ids);
        if (body.name !== undefined && body.name !== role.name) {
          requireNotProtected(role, 'renamed');
          await roleRepository.rename(trx, id, body.name);
        }
        if (body.permission_view_menu_ids) {
          await roleRepository.setPermissions(trx, id, body.permission_view_menu_ids);
        }
        return roleRepository.get(trx, id);
      });
    },

    async delete(actor: Actor, id: number): Promise<void> {
      await write(actor, async (trx) => {
        const role = await roleRepository.get(trx, id);
        requireNotProtected(role, 'deleted');
        await requireMayGrant(trx, actor, role, undefined);
        await roleRepository.delete(trx, id);
      });
    },

    async permissionsOf(id: number): Promise<PermissionResourceRow[]> {
      await roleRepository.get(kysely, id);
      return permissionRepository.pairsOfRole(kysely, id);
    },

    async setPermissions(actor: Actor, id: number, pairIds: readonly number[]): Promise<void> {
      await write(actor, async (trx) => {
        const role = await roleRepository.get(trx, id);
        await requireMayGrant(trx, actor, role, pairIds);
        await roleRepository.setPermissions(trx, id, pairIds);
      });
    },

    listPermissionResources: (page?: { page: number; pageSize: number }) =>
      permissionRepository.listPairs(kysely, page),
  };
}

/** The roles service, as routes receive it. */
export type RoleService = ReturnType<typeof createRoleService>;
