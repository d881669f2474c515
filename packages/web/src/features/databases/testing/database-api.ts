import { buildMyRoles } from './build-my-roles';
import { mockApi } from '../../users/testing/mock-api';
import { buildDatabaseItem, buildEngine } from './build-database';

/** FAB's list answer for some rows. */
export function listOf<T extends { id: number }>(rows: readonly T[]) {
  return { count: rows.length, ids: rows.map((row) => row.id), result: rows };
}

/** The engines of `available/`: PostgreSQL and SQLite preferred, Oracle without a driver. */
export const AVAILABLE = [
  buildEngine(),
  buildEngine({
    name: 'SQLite',
    engine: 'sqlite',
    default_driver: 'pysqlite',
    sqlalchemy_uri_placeholder: 'sqlite:///path/to/file.db',
    parameters: undefined,
  }),
  buildEngine({
    name: 'Oracle',
    engine: 'oracle',
    parameters: undefined,
    preferred: false,
    installed: false,
    tested: 'dialect',
    notes: 'No Oracle client is installed in this build.',
  }),
];

/**
 * The databases API answering a page: the list (one database unless told), the engines, and
 * the user's roles with or without `can_write` on Database; `extra` adds or replaces routes.
 */
export function databasesApi(
  options: { canWrite?: boolean; databases?: ReturnType<typeof buildDatabaseItem>[] } = {},
  extra: Parameters<typeof mockApi>[0] = {},
) {
  const databases = options.databases ?? [buildDatabaseItem()];
  return mockApi({
    'GET /api/v1/database/': () => ({ body: listOf(databases) }),
    'GET /api/v1/database/available/': () => ({ body: { databases: AVAILABLE } }),
    'GET /api/v1/me/roles/': () => ({
      body: { result: buildMyRoles(options.canWrite ?? true) },
    }),
    ...extra,
  });
}
