/**
 * Whether a driver error is a unique-constraint violation: SQLite's
 * `SQLITE_CONSTRAINT_UNIQUE`, PostgreSQL's SQLSTATE 23505, MySQL's `ER_DUP_ENTRY` (1062).
 * Checks before an insert can race with another request; this turns the loser's error into
 * the same 409 the check gives.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    errno === 1062
  );
}
