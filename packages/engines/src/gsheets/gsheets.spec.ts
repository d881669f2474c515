import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { GSHEETS_DIALECT } from './gsheets.dialect.js';

/** Google Sheets: listed and golden-SQL tested, but not connectable from this build. */
export const GSHEETS_SPEC: EngineSpec = {
  engine: 'gsheets',
  engineName: 'Google Sheets',
  backends: ['gsheets'],
  drivers: ['apsw'],
  defaultDriver: 'apsw',
  sqlalchemyUriPlaceholder: 'gsheets://',
  defaultPort: null,
  driverPackage: null,
  tested: 'dialect',
  localFile: false,
  parametersSchema: {
    type: 'object',
    properties: {
      catalog: {
        type: 'object',
        description: 'Sheets to expose as tables: a table name for each Google Sheets URL',
      },
      service_account_info: {
        type: 'string',
        description: 'Contents of the Google service account JSON credentials',
        writeOnly: true,
      },
    },
    required: ['catalog'],
  },
  queryOptions: {},
  connectArgOptions: {},
  supportsTls: false,
  encryptedExtraSensitiveFields: ['$.service_account_info.private_key'],
  capabilities: { ...SQL_CAPABILITIES, schemas: false, ctas: false, cvas: false },
  dialect: GSHEETS_DIALECT,
  notes:
    'Listed but not connectable: Superset reaches Google Sheets through shillelagh, a Python library that runs SQL over the Sheets API, and there is no Node equivalent, so this build has no client. The dialect (SQLite functions) is golden-SQL tested.',
};
