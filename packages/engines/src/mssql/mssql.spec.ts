import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { MSSQL_DIALECT } from './mssql.dialect.js';

/** Microsoft SQL Server, described and golden-tested; no Node client ships in this build. */
export const MSSQL_SPEC: EngineSpec = {
  engine: 'mssql',
  engineName: 'Microsoft SQL Server',
  backends: ['mssql'],
  drivers: ['pymssql', 'pyodbc'],
  defaultDriver: 'pymssql',
  sqlalchemyUriPlaceholder: 'mssql+pymssql://user:password@host:port/database',
  defaultPort: 1433,
  driverPackage: 'mssql',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    driver: { type: 'string', pattern: /^[\w .{}+-]{1,64}$/ },
    appname: { type: 'string', pattern: /^[\w .:-]{1,64}$/ },
    login_timeout: { type: 'integer', min: 1, max: 600 },
    Encrypt: { type: 'enum', values: ['yes', 'no', 'strict'] },
    TrustServerCertificate: { type: 'enum', values: ['yes', 'no'] },
  },
  connectArgOptions: {
    appname: { type: 'string', pattern: /^[\w .:-]{1,64}$/ },
    login_timeout: { type: 'integer', min: 1, max: 600 },
  },
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: MSSQL_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but no SQL Server client is installed in this build, so connections cannot be made yet. Row limits are written as SELECT TOP n.',
};
