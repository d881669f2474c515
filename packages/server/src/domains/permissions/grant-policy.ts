import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { permissionRepository } from './permission.repository.js';

/** The permissions that let someone manage users and roles: nobody may take them from themselves. */
const MANAGEMENT_PERMISSIONS = [
  ['can_read', 'User'],
  ['can_write', 'User'],
  ['can_read', 'Role'],
  ['can_write', 'Role'],
] as const;

/** A change that would leave its author unable to log in or to manage users and roles (400). */
export class LockoutRefusedError extends AppError {
  override readonly name = 'LockoutRefusedError';
  constructor(message: string) {
    super('LOCKOUT_REFUSED', message);
  }
}

function describeKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => key.replace('|', ' on '));
  return keys.length > 5 ? `${shown.join(', ')} and ${keys.length - 5} more` : shown.join(', ');
}

/**
 * Who may grant what, so that managing users and roles cannot be used to gain privileges or
 * to lock everyone out. Holders of the admin role (AUTH_ROLE_ADMIN) may grant anything; anyone
 * else who was given `can_write` on User or Role may only grant permissions they hold
 * themselves, never the admin role, and may only change users and roles that have no more
 * than they do.
 */
export function createGrantPolicy(options: { adminRoleName: string }) {
  const isAdmin = (actor: Actor) => actor.roles.includes(options.adminRoleName);

  return {
    adminRoleName: options.adminRoleName,

    /**
     * Throws 403 when a non-admin actor would grant (or touch an account or role holding)
     * the admin role or permissions the actor lacks. `what` names the thing, for the message.
     */
    requireWithinActor(
      actor: Actor,
      granted: { roleNames?: readonly string[]; keys: ReadonlySet<string> },
      what: string,
    ): void {
      if (isAdmin(actor)) return;
      if (granted.roleNames?.includes(options.adminRoleName)) {
        throw new AppError(
          'ACCESS_DENIED',
          `Only an ${options.adminRoleName} can ${what} with the ${options.adminRoleName} role.`,
        );
      }
      const missing = [...granted.keys].filter((key) => !actor.permissions.has(key));
      if (missing.length > 0) {
        throw new AppError(
          'ACCESS_DENIED',
          `You cannot ${what} with permissions you do not hold yourself: ${describeKeys(missing)}.`,
        );
      }
    },

    /**
     * Run inside the transaction after the writes: throws (rolling them back) when the actor's
     * own account is gone or inactive, or lost a user- or role-management permission they had.
     */
    async requireNoLockout(db: Kysely<MetadataSchema>, actor: Actor): Promise<void> {
      if (actor.kind !== 'user') return;
      const roleIds = await permissionRepository.activeUserRoleIds(db, actor.userId);
      if (roleIds === undefined) {
        throw new LockoutRefusedError('You cannot deactivate or delete your own user.');
      }
      const keys = await permissionRepository.keysOfRoles(db, roleIds);
      const lost = MANAGEMENT_PERMISSIONS.map(([action, resource]) =>
        permissionKey(action, resource),
      ).filter((key) => actor.permissions.has(key) && !keys.has(key));
      if (lost.length > 0) {
        throw new LockoutRefusedError(
          `This change would take away your own permission to manage users and roles (${describeKeys(lost)}), so it was not made.`,
        );
      }
    },
  };
}

/** The grant policy, as services receive it. */
export type GrantPolicy = ReturnType<typeof createGrantPolicy>;
