import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { TERADATA_DIALECT } from './teradata.dialect.js';

/** Teradata Vantage; described and golden-SQL tested, with no client here. */
export const TERADATA_SPEC: EngineSpec = {
  engine: 'teradatasql',
  engineName: 'Teradata',
  backends: ['teradatasql'],
  drivers: ['teradatasql'],
  defaultDriver: 'teradatasql',
  sqlalchemyUriPlaceholder: 'teradatasql://user:password@host',
  defaultPort: 1025,
  driverPackage: 'teradata-nodejs-driver',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    logmech: { type: 'enum', values: ['TD2', 'LDAP', 'KRB5', 'TDNEGO', 'JWT'] },
    tmode: { type: 'enum', values: ['ANSI', 'TERA', 'DEFAULT'] },
    encryptdata: { type: 'boolean' },
  },
  connectArgOptions: {
    logmech: { type: 'enum', values: ['TD2', 'LDAP', 'KRB5', 'TDNEGO', 'JWT'] },
    tmode: { type: 'enum', values: ['ANSI', 'TERA', 'DEFAULT'] },
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: TERADATA_DIALECT,
  notes:
    "Dialect-tested only: this build has no Teradata client, so a Teradata database can be described but not queried. teradata-nodejs-driver is Teradata's own Node client (still a release candidate). Row limits use SELECT TOP n, put into the query's first SELECT where possible.",
};
