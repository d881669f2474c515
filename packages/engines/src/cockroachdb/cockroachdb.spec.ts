import { createPgClient } from '../postgres/postgres.client.js';
import { loadPgDriver } from '../postgres/pg-driver.js';
import type { PgFlavour } from '../postgres/pg-flavour.js';
import { requirePgUsername } from '../postgres/pg-pool-config.js';
import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import { COCKROACHDB_DIALECT } from './cockroachdb.dialect.js';

/**
 * CockroachDB has no pg_cancel_backend: a statement stopped on timeout or abort is ended by
 * closing its session, and there is no cancel by id.
 */
const COCKROACHDB_FLAVOUR: PgFlavour = { dialect: COCKROACHDB_DIALECT, cancelSql: null };

/** CockroachDB over PostgreSQL's wire protocol, with node-postgres. */
export const COCKROACHDB_SPEC: EngineSpec = {
  engine: 'cockroachdb',
  engineName: 'CockroachDB',
  backends: ['cockroachdb'],
  drivers: ['psycopg2', 'psycopg', 'asyncpg'],
  defaultDriver: 'psycopg2',
  sqlalchemyUriPlaceholder: 'cockroachdb://user:password@host:port/dbname[?key=value&key=value...]',
  defaultPort: 26257,
  driverPackage: 'pg',
  tested: 'dialect',
  localFile: false,
  parametersSchema: basicParametersSchema(26257),
  queryOptions: {
    connect_timeout: { type: 'integer', min: 1, max: 600 },
    application_name: { type: 'string', pattern: /^[\w .:-]{1,63}$/ },
  },
  connectArgOptions: {
    connect_timeout: { type: 'integer', min: 1, max: 600 },
    application_name: { type: 'string', pattern: /^[\w .:-]{1,63}$/ },
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    catalogs: true,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: COCKROACHDB_DIALECT,
  notes:
    'A query stopped on timeout or abort ends its session; CockroachDB has no pg_cancel_backend, so queries cannot be cancelled by id, and its EXPLAIN gives no PostgreSQL-style cost.',
  validateSettings: requirePgUsername,
  async loadClient() {
    const driver = await loadPgDriver();
    return (settings) => createPgClient(driver, settings, COCKROACHDB_FLAVOUR);
  },
};
