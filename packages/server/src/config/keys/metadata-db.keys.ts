import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { functionOrNull } from './hook-schemas.js';
import type { ConnectionMutator, ContextHook, PasswordStore, UrlValidator } from './hook-types.js';
import {
  bool,
  databaseUrl,
  looseRecord,
  nonNegativeNumber,
  positiveInt,
  text,
  textList,
  textListRecord,
  textOrNull,
  textRecord,
} from './value-schemas.js';

/**
 * The metadata database, the examples database and how analytics databases are connected.
 * Two defaults live under DATA_DIR, so the shape is built for a given data directory.
 */
export function metadataDbKeys(dataDir: string) {
  return {
    SQLALCHEMY_DATABASE_URI: databaseUrl
      .default(`sqlite:///${dataDir}/superset.db`)
      .describe(
        describeKey(
          'URL of the metadata database (sqlite:////abs/path.db, postgresql://..., mysql://...). The environment variable SUPERSET__SQLALCHEMY_DATABASE_URI provides it too.',
          'foundation',
        ),
      ),
    SQLALCHEMY_EXAMPLES_URI: databaseUrl
      .default(`duckdb:///${dataDir}/examples.duckdb`)
      .describe(
        describeKey(
          'URL of the database the example datasets load into. The environment variable SUPERSET__SQLALCHEMY_EXAMPLES_URI provides it too.',
          'examples',
        ),
      ),
    SQLALCHEMY_ENGINE_OPTIONS: looseRecord
      .default({})
      .describe(
        describeKey('Pool and driver options of the metadata database connection.', 'databases'),
      ),
    SQLALCHEMY_CUSTOM_PASSWORD_STORE: functionOrNull<PasswordStore>()
      .default(null)
      .describe(
        describeKey(
          'Function (url) returning the password for an analytics database, instead of the stored one.',
          'databases',
        ),
      ),
    PREVENT_UNSAFE_DB_CONNECTIONS: bool
      .default(true)
      .describe(
        describeKey(
          "Refuse analytics connections that reach the server's files, such as sqlite:// and duckdb:// paths.",
          'databases',
        ),
      ),
    LOCAL_DATABASE_DIRECTORIES: textList
      .default([])
      .describe(
        describeKey(
          'Folders whose files local-file engines (SQLite, DuckDB) may open while PREVENT_UNSAFE_DB_CONNECTIONS is on; paths are compared after resolving symbolic links. The metadata database file is refused whatever this says.',
          'databases',
        ),
      ),
    DB_SQLA_URI_VALIDATOR: functionOrNull<UrlValidator>()
      .default(null)
      .describe(describeKey('Function (url) that throws to reject a database URL.', 'databases')),
    DB_CONNECTION_MUTATOR: functionOrNull<ConnectionMutator>()
      .default(null)
      .describe(
        describeKey(
          'Function adjusting an analytics connection URL and options per user and source.',
          'databases',
        ),
      ),
    USER_AGENT_FUNC: functionOrNull<ContextHook>()
      .default(null)
      .describe(
        describeKey('Function returning the user agent sent to analytics databases.', 'databases'),
      ),
    DEFAULT_DB_ID: positiveInt
      .nullable()
      .default(null)
      .describe(describeKey('Database preselected in dataset and upload forms.', 'databases')),
    TEST_DATABASE_CONNECTION_TIMEOUT: nonNegativeNumber
      .default(30)
      .describe(describeKey('Seconds a "test connection" may take.', 'databases')),
    DB_POLL_INTERVAL_SECONDS: z
      .record(text, nonNegativeNumber, { error: 'an object of engine names to seconds' })
      .default({})
      .describe(
        describeKey('Per engine, seconds between status polls of a running query.', 'SQL Lab'),
      ),
    PRESTO_POLL_INTERVAL: nonNegativeNumber
      .default(1)
      .describe(describeKey('Seconds between status polls of a Presto query.', 'SQL Lab')),
    DATABASE_OAUTH2_CLIENTS: looseRecord
      .default({})
      .describe(
        describeKey(
          'Per engine, OAuth2 client settings for databases that log in as the user (id, secret, scope, URLs).',
          'databases',
        ),
      ),
    DATABASE_OAUTH2_JWT_ALGORITHM: text
      .default('HS256')
      .describe(describeKey('Algorithm of the state token of database OAuth2.', 'databases')),
    DATABASE_OAUTH2_TIMEOUT: nonNegativeNumber
      .default(30)
      .describe(describeKey('Seconds a database OAuth2 exchange may take.', 'databases')),
    SSH_TUNNEL_LOCAL_BIND_ADDRESS: text
      .default('127.0.0.1')
      .describe(describeKey('Local address SSH tunnels listen on.', 'databases')),
    SSH_TUNNEL_TIMEOUT_SEC: nonNegativeNumber
      .default(10)
      .describe(describeKey('Seconds to open an SSH tunnel.', 'databases')),
    SSH_TUNNEL_PACKET_TIMEOUT_SEC: nonNegativeNumber
      .default(1)
      .describe(describeKey('Seconds to wait for an SSH packet.', 'databases')),
    PREFERRED_DATABASES: textList
      .default(['PostgreSQL', 'Presto', 'MySQL', 'SQLite'])
      .describe(describeKey('Engines shown first in the connect-a-database dialog.', 'databases')),
    DBS_AVAILABLE_DENYLIST: textListRecord
      .default({})
      .describe(
        describeKey(
          'Engines (and drivers) hidden from the connect dialog, e.g. { mysql: ["mysqldb"] }.',
          'databases',
        ),
      ),
    SSL_CERT_PATH: textOrNull
      .default(null)
      .describe(
        describeKey('Folder where uploaded database server certificates are written.', 'databases'),
      ),
    SUPERSET_META_DB_LIMIT: positiveInt
      .nullable()
      .default(1000)
      .describe(
        describeKey('Row cap of queries against the superset:// meta database.', 'databases'),
      ),
    CATALOGS_SIMPLIFIED_MIGRATION: bool
      .default(false)
      .describe(
        describeKey('Create catalog permissions for the default catalog only.', 'databases'),
      ),
    SYNC_DB_PERMISSIONS_IN_ASYNC_MODE: bool
      .default(false)
      .describe(
        describeKey('Sync catalog and schema permissions in a background worker.', 'async workers'),
      ),
    SQLGLOT_DIALECTS_EXTENSIONS: textRecord
      .default({})
      .describe(
        describeKey('Maps extra engine names to the SQL dialect used to parse them.', 'SQL Lab'),
      ),
  };
}
