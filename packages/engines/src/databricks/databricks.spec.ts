import type { ConnectionSettings } from '../connection/connection-settings.js';
import { EngineError } from '../spec/engine-error.js';
import {
  SQL_CAPABILITIES,
  type EngineSpec,
  type ParametersJsonSchema,
} from '../spec/engine-spec.js';
import { DATABRICKS_DIALECT } from './databricks.dialect.js';

const HTTP_PATH = { type: 'string', pattern: /^\/?[\w./-]{1,256}$/ } as const;
const IDENTIFIER = { type: 'string', pattern: /^[\w$-]{1,255}$/ } as const;

/** Superset's form for the Python connector: token, host, port, HTTP path, catalog, schema. */
const DATABRICKS_PARAMETERS: ParametersJsonSchema = {
  type: 'object',
  properties: {
    access_token: { type: 'string', description: 'Personal access token', writeOnly: true },
    host: { type: 'string', description: 'Server hostname of the SQL warehouse or cluster' },
    port: { type: 'integer', description: 'Port', default: 443, minimum: 0, maximum: 65535 },
    http_path_field: { type: 'string', description: 'HTTP path of the SQL warehouse or cluster' },
    default_catalog: { type: 'string', description: 'Default catalog' },
    default_schema: { type: 'string', description: 'Default schema' },
    encryption: { type: 'boolean', description: 'Use an encrypted connection' },
  },
  required: [
    'access_token',
    'host',
    'port',
    'http_path_field',
    'default_catalog',
    'default_schema',
  ],
};

/** A warehouse is found by host and HTTP path, and opened with a token; all three are needed. */
function requireWarehouse(settings: ConnectionSettings): void {
  const httpPath = settings.query.http_path ?? settings.connectArgs.http_path;
  const missing = [
    ...(settings.host ? [] : ['host']),
    ...(settings.password ? [] : ['access_token']),
    ...(typeof httpPath === 'string' && httpPath.trim() !== '' ? [] : ['http_path']),
  ];
  if (missing.length > 0) {
    throw new EngineError(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
      `One or more parameters are missing: ${missing.join(', ')}.`,
      { missing },
    );
  }
}

/** Databricks SQL warehouses and clusters; described and golden-SQL tested, with no client here. */
export const DATABRICKS_SPEC: EngineSpec = {
  engine: 'databricks',
  engineName: 'Databricks',
  backends: ['databricks'],
  drivers: ['databricks-sql-python', 'connector', 'pyhive', 'pyodbc'],
  defaultDriver: 'databricks-sql-python',
  sqlalchemyUriPlaceholder:
    'databricks://token:access_token@host:443?http_path=/sql/1.0/warehouses/id&catalog=main&schema=default',
  defaultPort: 443,
  driverPackage: '@databricks/sql',
  tested: 'dialect',
  localFile: false,
  parametersSchema: DATABRICKS_PARAMETERS,
  queryOptions: { http_path: HTTP_PATH, catalog: IDENTIFIER, schema: IDENTIFIER },
  connectArgOptions: { http_path: HTTP_PATH },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES, catalogs: true },
  dialect: DATABRICKS_DIALECT,
  validateSettings: requireWarehouse,
  notes:
    'Dialect-tested only: this build has no Databricks client, so a Databricks database can be described but not queried. @databricks/sql is the official Node client a future one would use. The URI needs the host, a personal access token as the password and http_path.',
};
