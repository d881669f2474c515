import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { DRUID_DIALECT } from './druid.dialect.js';

/** Apache Druid's SQL API, golden-tested only; Druid has no official npm client. */
export const DRUID_SPEC: EngineSpec = {
  engine: 'druid',
  engineName: 'Apache Druid',
  backends: ['druid'],
  drivers: ['http', 'https'],
  defaultDriver: 'http',
  sqlalchemyUriPlaceholder: 'druid://user:password@host:port/druid/v2/sql',
  defaultPort: 8082,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: { header: { type: 'boolean' } },
  connectArgOptions: {},
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES, ctas: false, cvas: false, joins: false },
  dialect: DRUID_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but this build has no Druid client (Druid is queried over its HTTP SQL API and has no official npm client), so connections cannot be made yet. The __time column is the time column.',
};
