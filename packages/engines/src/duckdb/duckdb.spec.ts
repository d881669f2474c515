import { EngineError } from '../spec/engine-error.js';
import type { DuckDbApi } from './duckdb-values.js';
import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { DUCKDB_DIALECT } from './duckdb.dialect.js';

const THREADS = { type: 'integer', min: 1, max: 256 } as const;
const MEMORY_LIMIT = {
  type: 'string',
  pattern: /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i,
  maxLength: 20,
} as const;

/** DuckDB files through @duckdb/node-api, in this process, with external access locked off. */
export const DUCKDB_SPEC: EngineSpec = {
  engine: 'duckdb',
  engineName: 'DuckDB',
  backends: ['duckdb'],
  drivers: ['duckdb_engine'],
  defaultDriver: 'duckdb_engine',
  sqlalchemyUriPlaceholder: 'duckdb:////path/to/duck.db',
  defaultPort: null,
  driverPackage: '@duckdb/node-api',
  tested: 'live',
  localFile: true,
  parametersSchema: null,
  queryOptions: {
    access_mode: { type: 'enum', values: ['read_only', 'read_write', 'READ_ONLY', 'READ_WRITE'] },
    threads: THREADS,
    memory_limit: MEMORY_LIMIT,
  },
  connectArgOptions: {
    read_only: { type: 'boolean' },
    threads: THREADS,
    memory_limit: MEMORY_LIMIT,
  },
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    cancel: true,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: DUCKDB_DIALECT,
  validateSettings(settings) {
    if (settings.database?.startsWith('md:')) {
      throw new EngineError(
        'INVALID_CONNECTION_STRING_ERROR',
        'MotherDuck (duckdb:///md:...) is not supported here: it needs an extension and network ' +
          'access, which DuckDB connections on this server do not have.',
      );
    }
  },
  async loadClient() {
    let api: DuckDbApi;
    try {
      api = await import('@duckdb/node-api');
    } catch {
      throw new EngineError(
        'DRIVER_NOT_INSTALLED_ERROR',
        'DuckDB needs the @duckdb/node-api package, which is not installed on this server.',
      );
    }
    const { duckDbClientFactory } = await import('./duckdb.client.js');
    return duckDbClientFactory(api);
  },
  notes:
    'The URI names a file: duckdb:////absolute/path.duckdb, or duckdb:///:memory: for a private ' +
    'in-memory database. A missing file is an error, never created. DuckDB runs with external ' +
    'access off and its configuration locked: read_csv, COPY, ATTACH, INSTALL and LOAD of files ' +
    'or URLs fail. ?access_mode=read_only opens the file read-only; a statement run read-only on ' +
    'a writable file is refused unless DuckDB reports it as a read (SELECT, EXPLAIN, PRAGMA, ...). ' +
    'MotherDuck (md:) is not supported.',
};
