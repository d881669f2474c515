import type { User } from '@superset-ts/shared';
import type { ManagedUser } from './user-management.repository.js';
import { presentUserIdentity } from './user-identity.presenter.js';

/** A user as the users API shows it: FAB's fields, dates in ISO 8601 UTC, never the hash. */
export function presentUser(user: ManagedUser): User {
  return {
    ...presentUserIdentity(user),
    active: user.active,
    roles: user.roles.map((role) => ({ id: role.id, name: role.name })),
    last_login: user.last_login?.toISOString() ?? null,
    login_count: user.login_count,
    fail_login_count: user.fail_login_count,
    created_on: user.created_on?.toISOString() ?? null,
    changed_on: user.changed_on?.toISOString() ?? null,
  };
}
