import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { ORACLE_DIALECT } from './oracle.dialect.js';

const SERVICE_NAME = { type: 'string', pattern: /^[\w.$#-]{1,128}$/ } as const;

/** Oracle Database, described and golden-tested; no Node client ships in this build. */
export const ORACLE_SPEC: EngineSpec = {
  engine: 'oracle',
  engineName: 'Oracle',
  backends: ['oracle'],
  drivers: ['cx_oracle', 'oracledb'],
  defaultDriver: 'oracledb',
  sqlalchemyUriPlaceholder: 'oracle+oracledb://user:password@host:port/service_name',
  defaultPort: 1521,
  driverPackage: 'oracledb',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: { service_name: SERVICE_NAME },
  connectArgOptions: { service_name: SERVICE_NAME },
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES, cancel: true },
  dialect: ORACLE_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but no Oracle client is installed in this build, so connections cannot be made yet. Row limits use FETCH FIRST, which needs Oracle 12c or later.',
};
