import type { User } from '@superset-ts/shared';
import type { ManagedUser } from './user-management.repository.js';

/** A user as the users API shows it: FAB's fields, dates in ISO 8601 UTC, never the hash. */
export function presentUser(user: ManagedUser): User {
  return {
    id: user.id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    active: user.active,
    roles: user.roles.map((role) => ({ id: role.id, name: role.name })),
    last_login: user.last_login?.toISOString() ?? null,
    login_count: user.login_count,
    fail_login_count: user.fail_login_count,
    created_on: user.created_on?.toISOString() ?? null,
    changed_on: user.changed_on?.toISOString() ?? null,
  };
}
