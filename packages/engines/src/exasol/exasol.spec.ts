import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { EXASOL_DIALECT } from './exasol.dialect.js';

/** Exasol; described and golden-SQL tested, with no client here. */
export const EXASOL_SPEC: EngineSpec = {
  engine: 'exa',
  engineName: 'Exasol',
  backends: ['exa'],
  drivers: ['websocket', 'pyodbc', 'turbodbc'],
  defaultDriver: 'websocket',
  sqlalchemyUriPlaceholder: 'exa+websocket://user:password@host:8563/schema',
  defaultPort: 8563,
  driverPackage: '@exasol/exasol-driver-ts',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  // No ODBC options: `driver=` and DSN settings would name files on the server.
  queryOptions: {},
  connectArgOptions: {},
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: EXASOL_DIALECT,
  notes:
    "Dialect-tested only: this build has no Exasol client, so an Exasol database can be described but not queried. @exasol/exasol-driver-ts is Exasol's own (WebSocket) Node client a future one would use; ODBC DSN URIs (exa+pyodbc://user:password@dsn) depend on the server's ODBC setup.",
};
