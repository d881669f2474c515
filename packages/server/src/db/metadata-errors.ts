/**
 * Typed errors of the metadata database and its migrations. Each carries a stable `code`
 * that the CLI prints and the HTTP error handler can map; messages never contain a password.
 */
export abstract class MetadataDbError extends Error {
  abstract readonly code: string;
}

/** SQLALCHEMY_DATABASE_URI names a backend Superset.ts cannot keep its metadata in. */
export class UnsupportedMetadataUriError extends MetadataDbError {
  readonly code = 'METADATA_URI_UNSUPPORTED';
  override readonly name = 'UnsupportedMetadataUriError';

  constructor(
    readonly scheme: string,
    readonly supportedSchemes: readonly string[],
  ) {
    super(
      `SQLALCHEMY_DATABASE_URI uses the scheme "${scheme}", which cannot hold the metadata database. ` +
        `Supported schemes: ${supportedSchemes.join(', ')}.`,
    );
  }
}

/** SQLALCHEMY_DATABASE_URI has a supported scheme but cannot be read. */
export class InvalidMetadataUriError extends MetadataDbError {
  readonly code = 'METADATA_URI_INVALID';
  override readonly name = 'InvalidMetadataUriError';
}

/** The schema is behind this code: the server and most commands refuse to run on it. */
export class MetadataSchemaOutdatedError extends MetadataDbError {
  readonly code = 'METADATA_SCHEMA_OUTDATED';
  override readonly name = 'MetadataSchemaOutdatedError';

  constructor(
    readonly currentRevision: string | null,
    readonly headRevision: string,
  ) {
    super(
      `The metadata database is at revision ${currentRevision ?? 'base (empty)'} but this Superset.ts ` +
        `needs ${headRevision}. Run \`superset db upgrade\` first.`,
    );
  }
}

/** The migration table holds a revision this code does not know: a newer version migrated it. */
export class MetadataNewerThanCodeError extends MetadataDbError {
  readonly code = 'METADATA_NEWER_THAN_CODE';
  override readonly name = 'MetadataNewerThanCodeError';

  constructor(readonly unknownRevisions: readonly string[]) {
    super(
      `The metadata database was migrated by a newer Superset.ts (revision ${unknownRevisions.join(', ')}). ` +
        'Upgrade Superset.ts, or point SQLALCHEMY_DATABASE_URI at another database.',
    );
  }
}

/** A migration target names no known revision. */
export class UnknownRevisionError extends MetadataDbError {
  readonly code = 'METADATA_REVISION_UNKNOWN';
  override readonly name = 'UnknownRevisionError';

  constructor(
    readonly target: string,
    readonly validTargets: readonly string[],
  ) {
    super(`Unknown revision "${target}". Valid targets: ${validTargets.join(', ')}.`);
  }
}

/** A known target that this command cannot reach: `upgrade` going back, or too many steps. */
export class InvalidRevisionTargetError extends MetadataDbError {
  readonly code = 'METADATA_REVISION_TARGET_INVALID';
  override readonly name = 'InvalidRevisionTargetError';
}

/** A migration failed; `cause` holds the database's error. */
export class MetadataMigrationFailedError extends MetadataDbError {
  readonly code = 'METADATA_MIGRATION_FAILED';
  override readonly name = 'MetadataMigrationFailedError';

  constructor(
    readonly revision: string | undefined,
    readonly direction: 'upgrade' | 'downgrade',
    hasTransactionalDdl: boolean,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const outcome = hasTransactionalDdl
      ? 'Nothing from this run was kept.'
      : 'This backend has no transactional DDL: objects the failed revision created may remain; ' +
        'see packages/server/src/db/README.md before retrying.';
    super(
      `The ${direction} failed${revision ? ` in revision ${revision}` : ''}: ${reason}. ${outcome}`,
      { cause },
    );
  }
}

/** The registered migration list is malformed (a programming error caught at start-up). */
export class InvalidMigrationListError extends MetadataDbError {
  readonly code = 'METADATA_MIGRATION_LIST_INVALID';
  override readonly name = 'InvalidMigrationListError';
}
