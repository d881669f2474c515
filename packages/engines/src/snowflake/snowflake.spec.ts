import type { OptionRules } from '../connection/option-rules.js';
import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { validateSnowflakeSettings } from './snowflake-settings.js';
import { SNOWFLAKE_DIALECT } from './snowflake.dialect.js';

const NAME = { type: 'string', pattern: /^[\w$."-]{1,255}$/ } as const;

const SESSION_OPTIONS: OptionRules = {
  role: NAME,
  warehouse: NAME,
  schema: NAME,
  application: { type: 'string', pattern: /^[\w.-]{1,50}$/ },
};

/** Snowflake, described and golden-tested; no Node client ships in this build. */
export const SNOWFLAKE_SPEC: EngineSpec = {
  engine: 'snowflake',
  engineName: 'Snowflake',
  backends: ['snowflake'],
  drivers: ['snowflake'],
  defaultDriver: 'snowflake',
  sqlalchemyUriPlaceholder:
    'snowflake://user:password@account/database[/schema]?role=role&warehouse=warehouse',
  defaultPort: null,
  driverPackage: 'snowflake-sdk',
  tested: 'dialect',
  localFile: false,
  parametersSchema: {
    type: 'object',
    properties: {
      account: { type: 'string', description: 'Account identifier, e.g. xy12345.eu-west-1' },
      database: { type: 'string', description: 'Database name' },
      role: { type: 'string', description: 'Role to use' },
      warehouse: { type: 'string', description: 'Warehouse to run queries on' },
      username: { type: 'string', description: 'Username' },
      password: { type: 'string', description: 'Password', writeOnly: true },
    },
    required: ['account', 'database', 'role', 'warehouse', 'username'],
  },
  queryOptions: SESSION_OPTIONS,
  connectArgOptions: {
    ...SESSION_OPTIONS,
    client_session_keep_alive: { type: 'boolean' },
    login_timeout: { type: 'integer', min: 1, max: 600 },
  },
  supportsTls: false,
  encryptedExtraSensitiveFields: ['auth_params.privatekey_body', 'auth_params.privatekey_pass'],
  capabilities: { ...SQL_CAPABILITIES, cancel: true, catalogs: true },
  dialect: SNOWFLAKE_DIALECT,
  validateSettings: validateSnowflakeSettings,
  notes:
    'Dialect only: the SQL is golden-tested, but no Snowflake client is installed in this build, so connections cannot be made yet. A connection needs a database, a role and a warehouse.',
};
