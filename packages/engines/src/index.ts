/**
 * Database engine specs: one folder per engine with a pure dialect (golden-SQL tested) and,
 * where a Node client exists, a lazily imported client. The registry maps URI backends to
 * specs; connection settings are built from allow-listed typed fields only.
 */
export * from './spec/engine-error.js';
export * from './spec/error-patterns.js';
export * from './spec/type-mapping.js';
export * from './spec/dialect.js';
export * from './spec/define-dialect.js';
export * from './spec/dttm-format.js';
export * from './spec/client.js';
export * from './spec/engine-spec.js';
export * from './connection/connection-settings.js';
export * from './connection/sqlalchemy-uri.js';
export * from './connection/option-rules.js';
export * from './connection/resolve-connection.js';
export * from './registry/engine-registry.js';
export { ALL_ENGINE_SPECS } from './registry/all-engines.js';
