import type { Kysely } from 'kysely';

/** Where the migrator records applied revisions (Kysely's layout: `name`, ISO `timestamp`). */
export const MIGRATION_TABLE = 'superset_migrations';

/** The row the migrator locks while it runs (PostgreSQL and MySQL use advisory locks on top). */
export const MIGRATION_LOCK_TABLE = 'superset_migrations_lock';

type BookkeepingSchema = {
  superset_migrations: { name: string; timestamp: string };
};

/** A revision recorded as applied. */
export interface AppliedRevision {
  revision: string;
  appliedAt: Date;
}

/**
 * The revisions recorded in the migration table, in the order they were applied; empty when
 * the table does not exist yet (a fresh database).
 */
export async function readAppliedRevisions(kysely: Kysely<unknown>): Promise<AppliedRevision[]> {
  const tables = await kysely.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === MIGRATION_TABLE)) return [];
  const rows = await kysely
    .withTables<BookkeepingSchema>()
    .selectFrom(MIGRATION_TABLE)
    .select(['name', 'timestamp'])
    .execute();
  return rows
    .map((row) => ({ revision: row.name, appliedAt: new Date(row.timestamp) }))
    .sort(
      (a, b) =>
        a.appliedAt.getTime() - b.appliedAt.getTime() || a.revision.localeCompare(b.revision),
    );
}
