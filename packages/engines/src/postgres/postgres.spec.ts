import { EngineError } from '../spec/engine-error.js';
import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import { POSTGRES_DIALECT } from './postgres.dialect.js';
import { createPgClient } from './postgres.client.js';
import { loadPgDriver } from './pg-driver.js';
import type { PgFlavour } from './pg-flavour.js';
import { requirePgUsername } from './pg-pool-config.js';

/** PostgreSQL proper: cancels by pid, and refuses a Redshift server (it has its own engine). */
export const POSTGRES_FLAVOUR: PgFlavour = {
  dialect: POSTGRES_DIALECT,
  cancelSql: 'SELECT pg_cancel_backend($1::int) AS cancelled',
  refuseServer: (version) =>
    /redshift/i.test(version)
      ? new EngineError(
          'INVALID_CONNECTION_STRING_ERROR',
          'This server is Amazon Redshift. Connect to it with a redshift:// URI (the Amazon Redshift engine), not postgresql://.',
        )
      : null,
};

/** PostgreSQL through node-postgres (`pg`); also the base of the engines that speak its protocol. */
export const POSTGRES_SPEC: EngineSpec = {
  engine: 'postgresql',
  engineName: 'PostgreSQL',
  backends: ['postgresql', 'postgres'],
  drivers: ['psycopg2', 'psycopg', 'pg8000', 'asyncpg'],
  defaultDriver: 'psycopg2',
  sqlalchemyUriPlaceholder: 'postgresql://user:password@host:port/dbname[?key=value&key=value...]',
  defaultPort: 5432,
  driverPackage: 'pg',
  tested: 'live',
  localFile: false,
  parametersSchema: basicParametersSchema(5432),
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
    cancel: true,
    costEstimate: true,
    catalogs: true,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: POSTGRES_DIALECT,
  validateSettings: requirePgUsername,
  async loadClient() {
    const driver = await loadPgDriver();
    return (settings) => createPgClient(driver, settings, POSTGRES_FLAVOUR);
  },
};
