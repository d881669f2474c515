import type { Role, User } from '@superset-ts/shared';

/** A user as the users API lists it; override what a test cares about. */
export function buildApiUser(overrides: Partial<User> = {}): User {
  return {
    id: 2,
    username: 'ada',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: 'ada@example.com',
    active: true,
    roles: [{ id: 3, name: 'Gamma' }],
    last_login: '2024-05-01T10:00:00.000Z',
    login_count: 4,
    fail_login_count: 0,
    created_on: '2024-01-01T00:00:00.000Z',
    changed_on: '2024-01-02T00:00:00.000Z',
    ...overrides,
  };
}

/** A role as the roles API lists it. */
export function buildApiRole(overrides: Partial<Role> = {}): Role {
  return {
    id: 3,
    name: 'Gamma',
    user_count: 1,
    permission_count: 50,
    is_builtin: true,
    ...overrides,
  };
}

/** FAB's list answer for some rows. */
export function listOf<T extends { id: number }>(rows: readonly T[], count = rows.length) {
  return { count, ids: rows.map((row) => row.id), result: rows };
}
