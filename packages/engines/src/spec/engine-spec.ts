import type { EngineClient } from './client.js';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import type { OptionRules } from '../connection/option-rules.js';
import type { Dialect } from './dialect.js';

/** What an engine can do, as Superset's spec attributes (`allows_joins`, cancel, cost, ...). */
export interface EngineCapabilities {
  /** A running statement can be stopped in the database. */
  cancel: boolean;
  /** `EXPLAIN`-style cost estimates before running. */
  costEstimate: boolean;
  /** CREATE TABLE AS SELECT. */
  ctas: boolean;
  /** CREATE VIEW AS SELECT. */
  cvas: boolean;
  /** Objects live in schemas that can be listed. */
  schemas: boolean;
  /** Schemas live in catalogs (databases) that can be listed. */
  catalogs: boolean;
  joins: boolean;
  subqueries: boolean;
  /** Statements can run inside a read-only transaction. */
  readOnlyTransactions: boolean;
  /** Files can be uploaded into tables. */
  fileUpload: boolean;
}

/** A JSON-schema object for the "connect with parameters" form. */
export interface ParametersJsonSchema {
  type: 'object';
  properties: Readonly<
    Record<
      string,
      {
        type: 'string' | 'integer' | 'boolean' | 'object';
        description?: string;
        default?: string | number | boolean;
        format?: string;
        enum?: readonly string[];
        /** Rendered as a password field and never echoed back. */
        writeOnly?: boolean;
        minimum?: number;
        maximum?: number;
      }
    >
  >;
  required: readonly string[];
}

/** Builds a client for one connection; the driver module is already loaded. */
export type EngineClientFactory = (settings: ConnectionSettings) => EngineClient;

/**
 * One engine: its identity, URI forms, pure dialect, capabilities, the options it accepts
 * and, where a Node client exists, a lazy loader for it.
 */
export interface EngineSpec {
  /** Superset's `engine` name, e.g. `postgresql`. */
  engine: string;
  /** Display name, e.g. `PostgreSQL`. */
  engineName: string;
  /** URI backends, the canonical one first (`postgresql`, `postgres`). */
  backends: readonly string[];
  /** SQLAlchemy driver suffixes a URI may name (`psycopg2`, ...); any of them selects this spec. */
  drivers: readonly string[];
  defaultDriver: string;
  sqlalchemyUriPlaceholder: string;
  defaultPort: number | null;
  /** The npm package of the Node client; null when no workable Node client exists. */
  driverPackage: string | null;
  /** How this repository tests the engine: against a real server, or by golden SQL only. */
  tested: 'live' | 'dialect';
  /** The engine reads local files (SQLite, DuckDB): refused unless the path is allowed. */
  localFile: boolean;
  /** Fields of the parameters form; null when the engine connects by URI only. */
  parametersSchema: ParametersJsonSchema | null;
  /** URI query parameters accepted, typed; anything else is refused. */
  queryOptions: OptionRules;
  /** `extra.engine_params.connect_args` accepted besides the TLS fields, typed. */
  connectArgOptions: OptionRules;
  /** The engine takes sslmode / sslrootcert / sslcert / sslkey. */
  supportsTls: boolean;
  /** Keys of `encrypted_extra` that are secret and shown masked. */
  encryptedExtraSensitiveFields: readonly string[];
  capabilities: EngineCapabilities;
  dialect: Dialect;
  /** The dialect for a server version (`extra.version`), for engines whose SQL changed over time. */
  dialectForVersion?(version: string | undefined): Dialect;
  /** Checks engine-specific required settings; throws CONNECTION_MISSING_PARAMETERS_ERROR naming them. */
  validateSettings?(settings: ConnectionSettings): void;
  /** Imports the driver and returns the client factory; absent when there is no Node client. */
  loadClient?(): Promise<EngineClientFactory>;
  /** Anything a user must know about this engine here (shown in docs/databases.md). */
  notes?: string;
}

/** The capabilities most SQL warehouses share; specs spread and adjust it. */
export const SQL_CAPABILITIES: EngineCapabilities = {
  cancel: false,
  costEstimate: false,
  ctas: true,
  cvas: true,
  schemas: true,
  catalogs: false,
  joins: true,
  subqueries: true,
  readOnlyTransactions: false,
  fileUpload: false,
};

/** The parameters form of engines with host, port, database, user and password (`BasicParametersMixin`). */
export function basicParametersSchema(defaultPort: number): ParametersJsonSchema {
  return {
    type: 'object',
    properties: {
      host: { type: 'string', description: 'Hostname or IP address' },
      port: {
        type: 'integer',
        description: 'Database port',
        default: defaultPort,
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
}
