import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { PINOT_DIALECT } from './pinot.dialect.js';

/** Apache Pinot's SQL API, golden-tested only; Pinot has no official npm client. */
export const PINOT_SPEC: EngineSpec = {
  engine: 'pinot',
  engineName: 'Apache Pinot',
  backends: ['pinot'],
  drivers: ['http', 'https'],
  defaultDriver: 'http',
  sqlalchemyUriPlaceholder: 'pinot://broker-host:port/query/sql',
  defaultPort: 8099,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {},
  connectArgOptions: {},
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    ctas: false,
    cvas: false,
    schemas: false,
    joins: false,
    subqueries: false,
  },
  dialect: PINOT_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but this build has no Pinot client (Pinot is queried over its broker HTTP SQL API and has no official npm client), so connections cannot be made yet. The controller URL option is not accepted.',
};
