import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { KYLIN_DIALECT } from './kylin.dialect.js';

/** Apache Kylin; described and golden-SQL tested, with no client here. */
export const KYLIN_SPEC: EngineSpec = {
  engine: 'kylin',
  engineName: 'Apache Kylin',
  backends: ['kylin'],
  drivers: ['kylinpy'],
  defaultDriver: 'kylinpy',
  sqlalchemyUriPlaceholder: 'kylin://user:password@host:7070/project',
  defaultPort: 7070,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {},
  connectArgOptions: {},
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  // Kylin answers from pre-built cubes: it creates neither tables nor views from queries.
  capabilities: { ...SQL_CAPABILITIES, ctas: false, cvas: false },
  dialect: KYLIN_DIALECT,
  notes:
    'Dialect-tested only: this build has no Kylin client, so a Kylin project can be described but not queried. Kylin is reached over its REST API and no maintained Node client exists (Superset uses the Python kylinpy).',
};
