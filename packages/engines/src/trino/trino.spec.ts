import type { PrestoFamilySpec } from '../presto/presto.spec.js';
import { SQL_CAPABILITIES } from '../spec/engine-spec.js';
import { TRINO_DIALECT } from './trino.dialect.js';

const SOURCE = { type: 'string', pattern: /^[\w .:-]{1,64}$/ } as const;
const HTTP_SCHEME = { type: 'enum', values: ['http', 'https'] } as const;

/** Trino, described and golden-tested; no Node client ships in this build. */
export const TRINO_SPEC: PrestoFamilySpec = {
  engine: 'trino',
  engineName: 'Trino',
  backends: ['trino', 'trinonative'],
  drivers: ['rest'],
  defaultDriver: 'rest',
  sqlalchemyUriPlaceholder: 'trino://user:password@host:port/catalog[/schema]',
  defaultPort: 8080,
  driverPackage: 'trino-client',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: { source: SOURCE, http_scheme: HTTP_SCHEME },
  connectArgOptions: { source: SOURCE, http_scheme: HTTP_SCHEME },
  supportsTls: true,
  encryptedExtraSensitiveFields: ['auth_params.password', 'auth_params.token'],
  capabilities: { ...SQL_CAPABILITIES, cancel: true, costEstimate: true, catalogs: true },
  dialect: TRINO_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but no Trino client is installed in this build, so connections cannot be made yet.',
};
