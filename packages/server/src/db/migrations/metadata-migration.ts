import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';

/**
 * One reversible schema change. `up` and `down` receive an untyped Kysely (a migration works
 * on the schema as it was at its revision, not on today's `MetadataSchema`) and the backend,
 * for the few places where they differ.
 */
export interface MetadataMigration {
  /** One line shown by `superset db history`. */
  readonly description: string;
  up(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: MetadataDialect): Promise<void>;
}

/** A migration with its revision name: the file stem, e.g. `0001_security_tables`. */
export interface RegisteredMigration extends MetadataMigration {
  readonly revision: string;
}
