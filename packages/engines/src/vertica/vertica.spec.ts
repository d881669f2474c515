import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { VERTICA_DIALECT } from './vertica.dialect.js';

/** Vertica; described and golden-SQL tested, with no client here. */
export const VERTICA_SPEC: EngineSpec = {
  engine: 'vertica',
  engineName: 'Vertica',
  backends: ['vertica'],
  drivers: ['vertica_python'],
  defaultDriver: 'vertica_python',
  sqlalchemyUriPlaceholder: 'vertica+vertica_python://user:password@host:5433/database',
  defaultPort: 5433,
  driverPackage: 'vertica-nodejs',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    connection_load_balance: { type: 'boolean' },
    connection_timeout: { type: 'integer', min: 1, max: 600 },
    session_label: { type: 'string', pattern: /^[\w .:-]{1,63}$/ },
  },
  connectArgOptions: {
    connection_load_balance: { type: 'boolean' },
    connection_timeout: { type: 'integer', min: 1, max: 600 },
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: VERTICA_DIALECT,
  notes:
    'Dialect-tested only: this build has no Vertica client, so a Vertica database can be described but not queried. vertica-nodejs is the official Node client a future one would use.',
};
