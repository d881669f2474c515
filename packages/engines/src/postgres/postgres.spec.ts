import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import { POSTGRES_DIALECT } from './postgres.dialect.js';

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
};
