import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { HANA_DIALECT } from './hana.dialect.js';

/** SAP HANA; described and golden-SQL tested, with no client here. */
export const HANA_SPEC: EngineSpec = {
  engine: 'hana',
  engineName: 'SAP HANA',
  backends: ['hana'],
  drivers: ['hdbcli'],
  defaultDriver: 'hdbcli',
  sqlalchemyUriPlaceholder: 'hana://user:password@host:30015/database',
  defaultPort: 30015,
  driverPackage: '@sap/hana-client',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: { currentSchema: { type: 'string', pattern: /^[\w$#]{1,127}$/ } },
  connectArgOptions: {},
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: HANA_DIALECT,
  notes:
    'Dialect-tested only: this build has no SAP HANA client, so a HANA database can be described but not queried. @sap/hana-client is the official Node client a future one would use. Row limits wrap the query as a subquery.',
};
