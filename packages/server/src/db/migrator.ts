import {
  Migrator,
  NO_MIGRATIONS,
  type Kysely,
  type Migration,
  type MigrationResultSet,
} from 'kysely';
import {
  MIGRATION_LOCK_TABLE,
  MIGRATION_TABLE,
  readAppliedRevisions,
  type AppliedRevision,
} from './migration-bookkeeping.js';
import { planDowngrade, planUpgrade, type MigrationDestination } from './migration-target.js';
import { METADATA_MIGRATIONS, type RegisteredMigration } from './migrations/index.js';
import type { MetadataDb } from './metadata-db.js';
import {
  InvalidMigrationListError,
  MetadataMigrationFailedError,
  MetadataNewerThanCodeError,
  MetadataSchemaOutdatedError,
} from './metadata-errors.js';

/** One line of `superset db history`. */
export interface RevisionHistoryEntry {
  revision: string;
  description: string;
  isApplied: boolean;
  appliedAt: Date | null;
  isHead: boolean;
}

/** Migration commands bound to one database (and, in tests, to an injected migration list). */
export interface MigrationRunner {
  /** Applies migrations up to `target` (`head`, a revision, `+N`); returns the revisions applied. */
  upgrade(target?: string): Promise<string[]>;
  /** Reverts one step, `-N`, to `base`, or down to a revision that stays applied; returns the reverted. */
  downgrade(target?: string): Promise<string[]>;
  /** The last applied revision, or null when none is (base). */
  currentRevision(): Promise<string | null>;
  /** Every known revision, oldest first, with whether and when it was applied. */
  history(): Promise<RevisionHistoryEntry[]>;
  /** Throws `MetadataSchemaOutdatedError` unless the database is at head. */
  assertSchemaIsCurrent(): Promise<void>;
}

/** Options of `createMigrationRunner`. */
export interface MigrationRunnerOptions {
  /** The migrations, oldest first; defaults to the registered list. */
  migrations?: readonly RegisteredMigration[];
}

/**
 * A migration runner on Kysely's Migrator. Every entry point first refuses a database that
 * records a revision this code does not know (`MetadataNewerThanCodeError`), before changing
 * anything. On PostgreSQL and SQLite one run is one transaction; MySQL has no transactional DDL.
 */
export function createMigrationRunner(
  db: MetadataDb,
  options: MigrationRunnerOptions = {},
): MigrationRunner {
  const migrations = options.migrations ?? METADATA_MIGRATIONS;
  assertWellFormed(migrations);
  const revisions = migrations.map((migration) => migration.revision);
  const untyped = db.kysely as Kysely<unknown>;
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(toKyselyMigrations(migrations, db)) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });

  async function readKnownApplied(): Promise<AppliedRevision[]> {
    const applied = await readAppliedRevisions(untyped);
    const unknown = applied.filter((row) => !revisions.includes(row.revision));
    if (unknown.length > 0) {
      throw new MetadataNewerThanCodeError(unknown.map((row) => row.revision));
    }
    return applied;
  }

  async function migrateTo(
    destination: MigrationDestination | undefined,
    direction: 'upgrade' | 'downgrade',
  ): Promise<string[]> {
    if (!destination) return [];
    const target = destination.kind === 'base' ? NO_MIGRATIONS : destination.revision;
    const outcome = await migrator.migrateTo(target);
    return appliedOrThrow(outcome, direction, db);
  }

  const runner: MigrationRunner = {
    async upgrade(target = 'head') {
      const applied = await readKnownApplied();
      const plan = planUpgrade(target, { revisions, appliedCount: applied.length });
      return migrateTo(plan, 'upgrade');
    },
    async downgrade(target) {
      const applied = await readKnownApplied();
      const plan = planDowngrade(target, { revisions, appliedCount: applied.length });
      return migrateTo(plan, 'downgrade');
    },
    async currentRevision() {
      return (await readKnownApplied()).at(-1)?.revision ?? null;
    },
    async history() {
      const applied = await readKnownApplied();
      return migrations.map((migration, index) => {
        const record = applied.find((row) => row.revision === migration.revision);
        return {
          revision: migration.revision,
          description: migration.description,
          isApplied: record !== undefined,
          appliedAt: record?.appliedAt ?? null,
          isHead: index === migrations.length - 1,
        };
      });
    },
    async assertSchemaIsCurrent() {
      const current = await runner.currentRevision();
      const head = revisions.at(-1);
      if (head !== undefined && current !== head) {
        throw new MetadataSchemaOutdatedError(current, head);
      }
    },
  };
  return runner;
}

function toKyselyMigrations(
  migrations: readonly RegisteredMigration[],
  db: MetadataDb,
): Record<string, Migration> {
  return Object.fromEntries(
    migrations.map((migration) => [
      migration.revision,
      {
        up: (kysely: Kysely<unknown>) => migration.up(kysely, db.dialect),
        down: (kysely: Kysely<unknown>) => migration.down(kysely, db.dialect),
      },
    ]),
  );
}

function appliedOrThrow(
  outcome: MigrationResultSet,
  direction: 'upgrade' | 'downgrade',
  db: MetadataDb,
): string[] {
  if (outcome.error !== undefined) {
    const failed = outcome.results?.find((result) => result.status === 'Error');
    const hasTransactionalDdl = db.kysely.getExecutor().adapter.supportsTransactionalDdl;
    throw new MetadataMigrationFailedError(
      failed?.migrationName,
      direction,
      hasTransactionalDdl,
      outcome.error,
    );
  }
  return (outcome.results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** Kysely orders migrations by name, so the list must already be in that order. */
function assertWellFormed(migrations: readonly RegisteredMigration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && !(previous.revision < migration.revision)) {
      throw new InvalidMigrationListError(
        `Migration ${migration.revision} must sort after ${previous.revision} (unique, ascending names).`,
      );
    }
  });
}

/** Upgrades the metadata database to `target` (default `head`); returns the revisions applied. */
export function upgrade(db: MetadataDb, target = 'head'): Promise<string[]> {
  return createMigrationRunner(db).upgrade(target);
}

/** Reverts migrations (default one step); returns the revisions reverted. */
export function downgrade(db: MetadataDb, target?: string): Promise<string[]> {
  return createMigrationRunner(db).downgrade(target);
}

/** The last applied revision, or null at base. */
export function currentRevision(db: MetadataDb): Promise<string | null> {
  return createMigrationRunner(db).currentRevision();
}

/** Every known revision, oldest first, with its state. */
export function history(db: MetadataDb): Promise<RevisionHistoryEntry[]> {
  return createMigrationRunner(db).history();
}

/** Throws `MetadataSchemaOutdatedError` unless the database is at head. */
export function assertSchemaIsCurrent(db: MetadataDb): Promise<void> {
  return createMigrationRunner(db).assertSchemaIsCurrent();
}
