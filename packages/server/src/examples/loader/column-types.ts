import type { ExampleColumnType } from '../example-table.js';
import { ExamplesError } from './examples-error.js';

/** The engines the examples database may be on. */
export const EXAMPLES_BACKENDS = ['duckdb', 'postgresql', 'mysql', 'sqlite'] as const;

export type ExamplesBackend = (typeof EXAMPLES_BACKENDS)[number];

const SQL_TYPES: Readonly<Record<ExamplesBackend, Readonly<Record<ExampleColumnType, string>>>> = {
  duckdb: {
    INTEGER: 'INTEGER',
    BIGINT: 'BIGINT',
    DOUBLE: 'DOUBLE',
    VARCHAR: 'VARCHAR',
    TEXT: 'VARCHAR',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
    BOOLEAN: 'BOOLEAN',
  },
  postgresql: {
    INTEGER: 'INTEGER',
    BIGINT: 'BIGINT',
    DOUBLE: 'DOUBLE PRECISION',
    VARCHAR: 'VARCHAR',
    TEXT: 'TEXT',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
    BOOLEAN: 'BOOLEAN',
  },
  mysql: {
    INTEGER: 'INT',
    BIGINT: 'BIGINT',
    DOUBLE: 'DOUBLE',
    VARCHAR: 'VARCHAR(255)',
    TEXT: 'MEDIUMTEXT',
    DATE: 'DATE',
    TIMESTAMP: 'DATETIME(3)',
    BOOLEAN: 'BOOLEAN',
  },
  sqlite: {
    INTEGER: 'INTEGER',
    BIGINT: 'BIGINT',
    DOUBLE: 'FLOAT',
    VARCHAR: 'VARCHAR',
    TEXT: 'TEXT',
    DATE: 'DATE',
    TIMESTAMP: 'DATETIME',
    BOOLEAN: 'BOOLEAN',
  },
};

/** The engine's own type for an example column. */
export function sqlTypeOf(backend: ExamplesBackend, type: ExampleColumnType): string {
  return SQL_TYPES[backend][type];
}

/**
 * The examples backend of an engine (`spec.engine`); MariaDB is loaded as MySQL.
 * @throws ExamplesError EXAMPLES_DATABASE_UNSUPPORTED naming the supported engines.
 */
export function examplesBackendOf(engine: string, engineName: string): ExamplesBackend {
  if (engine === 'mariadb') return 'mysql';
  const backend = EXAMPLES_BACKENDS.find((name) => name === engine);
  if (backend) return backend;
  throw new ExamplesError(
    'EXAMPLES_DATABASE_UNSUPPORTED',
    `The examples cannot be loaded into ${engineName}: SQLALCHEMY_EXAMPLES_URI must point to DuckDB, PostgreSQL, MySQL/MariaDB or SQLite.`,
  );
}
