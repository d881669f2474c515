import { createPgClient } from '../postgres/postgres.client.js';
import { loadPgDriver } from '../postgres/pg-driver.js';
import type { PgFlavour } from '../postgres/pg-flavour.js';
import { requirePgUsername } from '../postgres/pg-pool-config.js';
import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import { REDSHIFT_DIALECT } from './redshift.dialect.js';

/** Redshift names the pid column of pg_stat_activity `procpid`. */
const REDSHIFT_FLAVOUR: PgFlavour = {
  dialect: REDSHIFT_DIALECT,
  cancelSql:
    'SELECT pg_cancel_backend(procpid) AS cancelled FROM pg_stat_activity WHERE procpid = $1::int',
};

/** Amazon Redshift over PostgreSQL's wire protocol, with node-postgres. */
export const REDSHIFT_SPEC: EngineSpec = {
  engine: 'redshift',
  engineName: 'Amazon Redshift',
  backends: ['redshift'],
  drivers: ['psycopg2', 'redshift_connector'],
  defaultDriver: 'psycopg2',
  sqlalchemyUriPlaceholder:
    'redshift+psycopg2://user:password@host:port/dbname[?key=value&key=value...]',
  defaultPort: 5439,
  driverPackage: 'pg',
  tested: 'dialect',
  localFile: false,
  parametersSchema: basicParametersSchema(5439),
  queryOptions: {
    connect_timeout: { type: 'integer', min: 1, max: 600 },
    application_name: { type: 'string', pattern: /^[\w .:-]{1,63}$/ },
  },
  connectArgOptions: {
    connect_timeout: { type: 'integer', min: 1, max: 600 },
    application_name: { type: 'string', pattern: /^[\w .:-]{1,63}$/ },
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: ['aws_iam'],
  capabilities: {
    ...SQL_CAPABILITIES,
    cancel: true,
    catalogs: true,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: REDSHIFT_DIALECT,
  validateSettings: requirePgUsername,
  async loadClient() {
    const driver = await loadPgDriver();
    return (settings) => createPgClient(driver, settings, REDSHIFT_FLAVOUR);
  },
  notes:
    'Connects with a database user and password; IAM authentication (redshift_connector) is not available. Redshift folds labels to lower case.',
};
