import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { DB2_DIALECT } from './db2.dialect.js';

/** IBM Db2; described and golden-SQL tested, with no client here. */
export const DB2_SPEC: EngineSpec = {
  engine: 'db2',
  engineName: 'IBM Db2',
  backends: ['db2', 'ibm_db_sa'],
  drivers: ['ibm_db'],
  defaultDriver: 'ibm_db',
  sqlalchemyUriPlaceholder: 'db2+ibm_db://user:password@host:50000/database',
  defaultPort: 50000,
  driverPackage: 'ibm_db',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: { currentSchema: { type: 'string', pattern: /^[\w$#@]{1,128}$/ } },
  connectArgOptions: {},
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: DB2_DIALECT,
  notes:
    "Dialect-tested only: this build has no Db2 client, so a Db2 database can be described but not queried. ibm_db is the official Node client a future one would use (it needs IBM's native CLI driver). Row limits wrap the query and use FETCH FIRST n ROWS ONLY.",
};
