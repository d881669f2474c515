import { createRequire } from 'node:module';
import { EngineError } from '../spec/engine-error.js';
import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { SQLITE_DIALECT } from './sqlite.dialect.js';

const BUSY_TIMEOUT = { type: 'integer', min: 0, max: 600 } as const;

/** SQLite files through better-sqlite3, each client's statements in a child process. */
export const SQLITE_SPEC: EngineSpec = {
  engine: 'sqlite',
  engineName: 'SQLite',
  backends: ['sqlite'],
  drivers: ['pysqlite'],
  defaultDriver: 'pysqlite',
  sqlalchemyUriPlaceholder: 'sqlite:////absolute/path/to/file.db',
  defaultPort: null,
  driverPackage: 'better-sqlite3',
  tested: 'live',
  localFile: true,
  parametersSchema: null,
  queryOptions: {
    /** Seconds to wait for a lock held by another connection (pysqlite's `timeout`). */
    timeout: BUSY_TIMEOUT,
    /** `ro` opens every connection read-only. */
    mode: { type: 'enum', values: ['ro', 'rw'] },
  },
  connectArgOptions: { timeout: BUSY_TIMEOUT },
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    cancel: true,
    schemas: false,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: SQLITE_DIALECT,
  async loadClient() {
    try {
      createRequire(import.meta.url).resolve('better-sqlite3');
    } catch {
      throw new EngineError(
        'DRIVER_NOT_INSTALLED_ERROR',
        'SQLite needs the better-sqlite3 package, which is not installed on this server.',
      );
    }
    const { createSqliteClient } = await import('./sqlite.client.js');
    return createSqliteClient;
  },
  notes:
    'The URI names a file: sqlite:////absolute/path.db or sqlite:///relative/path.db (from the ' +
    "server's working folder); sqlite:// is a private in-memory database. A missing file is an " +
    'error, never created. Statements run one at a time in a child process per connection, ' +
    'killed to enforce the time limit or a cancel (an in-memory database starts empty again ' +
    'after that). readOnly opens the file read-only.',
};
