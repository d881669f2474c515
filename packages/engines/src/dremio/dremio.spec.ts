import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { DREMIO_DIALECT } from './dremio.dialect.js';

/** Dremio through Arrow Flight; described and golden-SQL tested, with no client here. */
export const DREMIO_SPEC: EngineSpec = {
  engine: 'dremio',
  engineName: 'Dremio',
  backends: ['dremio'],
  drivers: ['flight'],
  defaultDriver: 'flight',
  sqlalchemyUriPlaceholder: 'dremio+flight://user:password@host:32010',
  defaultPort: 32010,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    routing_queue: { type: 'string', pattern: /^[\w .-]{1,128}$/ },
    routing_tag: { type: 'string', pattern: /^[\w .-]{1,128}$/ },
  },
  connectArgOptions: {},
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: DREMIO_DIALECT,
  notes:
    'Dialect-tested only: this build has no Dremio client, so a Dremio database can be described but not queried. No maintained Node client for Dremio exists (Superset uses Arrow Flight through the Python sqlalchemy_dremio).',
};
