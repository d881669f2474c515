import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { ATHENA_DIALECT } from './athena.dialect.js';

const WORK_GROUP = { type: 'string', pattern: /^[\w.-]{1,128}$/ } as const;
const S3_URI = {
  type: 'string',
  pattern: /^s3:\/\/[\w.-]+(\/[\w.\-/=]*)?$/,
  maxLength: 1024,
} as const;

/** Amazon Athena, described and golden-tested; no Node client ships in this build. */
export const ATHENA_SPEC: EngineSpec = {
  engine: 'awsathena',
  engineName: 'Amazon Athena',
  backends: ['awsathena'],
  drivers: ['rest', 'jdbc'],
  defaultDriver: 'rest',
  sqlalchemyUriPlaceholder:
    'awsathena+rest://{aws_access_key_id}:{aws_secret_access_key}@athena.{region_name}.amazonaws.com/{schema_name}?s3_staging_dir={s3_staging_dir}',
  defaultPort: 443,
  driverPackage: '@aws-sdk/client-athena',
  tested: 'dialect',
  localFile: false,
  parametersSchema: {
    type: 'object',
    properties: {
      aws_access_key_id: { type: 'string', description: 'AWS access key ID' },
      aws_secret_access_key: {
        type: 'string',
        description: 'AWS secret access key',
        writeOnly: true,
      },
      region_name: { type: 'string', description: 'AWS region, e.g. us-east-1' },
      s3_staging_dir: {
        type: 'string',
        description: 'S3 location where Athena query results are stored, e.g. s3://bucket/staging/',
      },
      schema_name: { type: 'string', description: 'Default schema (database) to connect to' },
      work_group: { type: 'string', description: 'Athena work group to run queries in' },
    },
    required: ['region_name', 's3_staging_dir'],
  },
  queryOptions: {
    s3_staging_dir: S3_URI,
    work_group: WORK_GROUP,
    catalog_name: WORK_GROUP,
  },
  connectArgOptions: { s3_staging_dir: S3_URI, work_group: WORK_GROUP },
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: ATHENA_DIALECT,
  notes:
    'Dialect only: the SQL is golden-tested, but no Athena client is installed in this build, so connections cannot be made yet. Athena lowercases column labels.',
};
