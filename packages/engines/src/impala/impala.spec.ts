import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { IMPALA_DIALECT } from './impala.dialect.js';

/** Apache Impala; described and golden-SQL tested, with no client here. */
export const IMPALA_SPEC: EngineSpec = {
  engine: 'impala',
  engineName: 'Apache Impala',
  backends: ['impala'],
  drivers: ['impyla'],
  defaultDriver: 'impyla',
  sqlalchemyUriPlaceholder: 'impala://host:21050/database',
  defaultPort: 21050,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    auth_mechanism: { type: 'enum', values: ['NOSASL', 'PLAIN', 'GSSAPI', 'LDAP', 'JWT'] },
    use_http_transport: { type: 'boolean' },
    http_path: { type: 'string', pattern: /^[\w./-]{0,256}$/ },
  },
  connectArgOptions: {
    auth_mechanism: { type: 'enum', values: ['NOSASL', 'PLAIN', 'GSSAPI', 'LDAP', 'JWT'] },
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: IMPALA_DIALECT,
  notes:
    'Dialect-tested only: this build has no Impala client, so an Impala database can be described but not queried. No maintained Node client for Impala exists (Superset uses the Python impyla).',
};
