import type { AvailableEngine, DatabaseDetail, DatabaseListItem } from '@superset-ts/shared';

/** The parameters schema PostgreSQL's spec sends (host, port 5432, database, user, ...). */
export const POSTGRES_PARAMETERS = {
  type: 'object',
  properties: {
    host: { type: 'string', description: 'Hostname or IP address' },
    port: {
      type: 'integer',
      description: 'Database port',
      default: 5432,
      minimum: 0,
      maximum: 65535,
    },
    database: { type: 'string', description: 'Database name' },
    username: { type: 'string', description: 'Username' },
    password: { type: 'string', description: 'Password', writeOnly: true },
    query: { type: 'object', description: 'Additional parameters' },
    encryption: { type: 'boolean', description: 'Use an encrypted connection' },
  },
  required: ['host', 'port', 'database', 'username'],
};

const ENGINE_INFORMATION = {
  supports_file_upload: true,
  disable_ssh_tunneling: false,
  supports_dynamic_catalog: false,
  supports_oauth2: false,
};

/** An engine of `available/`; PostgreSQL unless overridden. */
export function buildEngine(overrides: Partial<AvailableEngine> = {}): AvailableEngine {
  return {
    name: 'PostgreSQL',
    engine: 'postgresql',
    available_drivers: ['psycopg2'],
    default_driver: 'psycopg2',
    sqlalchemy_uri_placeholder: 'postgresql://user:password@host:port/dbname',
    parameters: POSTGRES_PARAMETERS,
    engine_information: ENGINE_INFORMATION,
    installed: true,
    tested: 'live',
    preferred: true,
    ...overrides,
  };
}

/** A database as the list shows it. */
export function buildDatabaseItem(overrides: Partial<DatabaseListItem> = {}): DatabaseListItem {
  return {
    id: 7,
    uuid: '9f1c2f0e-3f7e-4d9b-8a51-5b1d1f0c6a11',
    database_name: 'Warehouse',
    backend: 'postgresql',
    expose_in_sqllab: true,
    allow_run_async: false,
    allow_dml: true,
    allow_ctas: false,
    allow_cvas: false,
    allow_file_upload: false,
    allows_subquery: true,
    allows_cost_estimate: true,
    force_ctas_schema: null,
    extra: '{}',
    engine_information: ENGINE_INFORMATION,
    created_by: { id: 1, first_name: 'Ada', last_name: 'Admin' },
    changed_by: null,
    changed_on: '2024-05-01T10:00:00.000Z',
    changed_on_delta_humanized: '2 days ago',
    ...overrides,
  };
}

/** A database as `GET /api/v1/database/{pk}` shows it: PostgreSQL by parameters, password masked. */
export function buildDatabaseDetail(overrides: Partial<DatabaseDetail> = {}): DatabaseDetail {
  return {
    ...buildDatabaseItem(),
    sqlalchemy_uri: 'postgresql://postgres:XXXXXXXXXX@db.internal:5432/sales',
    configuration_method: 'dynamic_form',
    driver: 'psycopg2',
    engine: 'postgresql',
    parameters: {
      host: 'db.internal',
      port: 5432,
      database: 'sales',
      username: 'postgres',
      password: 'XXXXXXXXXX',
      query: { sslmode: 'require' },
      encryption: false,
    },
    parameters_schema: POSTGRES_PARAMETERS,
    masked_encrypted_extra: null,
    impersonate_user: false,
    server_cert: null,
    cache_timeout: null,
    is_managed_externally: false,
    ...overrides,
  };
}
