export { createMetadataDb, type MetadataDb, type MetadataDbOptions } from './metadata-db.js';
export {
  parseMetadataUri,
  redactUri,
  SUPPORTED_METADATA_SCHEMES,
  type MetadataConnectionOptions,
  type MetadataDialect,
  type ServerConnectionOptions,
  type SqliteConnectionOptions,
} from './metadata-uri.js';
export {
  readBoolean,
  readCount,
  readTimestamp,
  toDbTimestamp,
  type DbBoolean,
} from './metadata-values.js';
export {
  assertSchemaIsCurrent,
  createMigrationRunner,
  currentRevision,
  downgrade,
  history,
  upgrade,
  type MigrationRunner,
  type MigrationRunnerOptions,
  type RevisionHistoryEntry,
} from './migrator.js';
export { METADATA_MIGRATIONS } from './migrations/index.js';
export type { MetadataMigration, RegisteredMigration } from './migrations/index.js';
export { portableColumnTypes, addIdColumn } from './migrations/column-types.js';
export type { PortableColumnTypes, DataTypeExpression } from './migrations/column-types.js';
export { insertReturningId } from './insert-returning-id.js';
export * from './metadata-errors.js';
export type * from './schema/index.js';
