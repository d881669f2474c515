import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { BIGQUERY_DIALECT } from './bigquery.dialect.js';

/** Google BigQuery, described and golden-tested; no Node client ships in this build. */
export const BIGQUERY_SPEC: EngineSpec = {
  engine: 'bigquery',
  engineName: 'Google BigQuery',
  backends: ['bigquery'],
  drivers: ['bigquery'],
  defaultDriver: 'bigquery',
  sqlalchemyUriPlaceholder: 'bigquery://{project_id}',
  defaultPort: null,
  driverPackage: '@google-cloud/bigquery',
  tested: 'dialect',
  localFile: false,
  parametersSchema: {
    type: 'object',
    properties: {
      credentials_info: {
        type: 'object',
        description: 'Contents of the service account JSON key file',
        writeOnly: true,
      },
      query: { type: 'object', description: 'Additional parameters' },
    },
    required: ['credentials_info'],
  },
  queryOptions: {
    location: { type: 'string', pattern: /^[\w-]{1,64}$/ },
    dataset_id: { type: 'string', pattern: /^\w{1,1024}$/ },
    maximum_bytes_billed: { type: 'integer', min: 1 },
  },
  connectArgOptions: {},
  supportsTls: false,
  encryptedExtraSensitiveFields: ['credentials_info.private_key'],
  capabilities: { ...SQL_CAPABILITIES, costEstimate: true, catalogs: true },
  dialect: BIGQUERY_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but no BigQuery client is installed in this build, so connections cannot be made yet. Cost estimates are dry runs; time grains compute on TIMESTAMP.',
};
