import type { SqlLanguage } from 'sql-formatter';
import { loadSqlFormatter } from './load-sql-formatter.js';
import type { SqlDialect } from './lexical-rules.js';

/** sql-formatter's language per engine (Superset's `engine` names); others use plain `sql`. */
const LANGUAGE_BY_ENGINE: Readonly<Record<string, SqlLanguage>> = {
  postgresql: 'postgresql',
  cockroachdb: 'postgresql',
  timescaledb: 'postgresql',
  vertica: 'postgresql',
  redshift: 'redshift',
  mysql: 'mysql',
  mariadb: 'mariadb',
  singlestoredb: 'singlestoredb',
  sqlite: 'sqlite',
  gsheets: 'sqlite',
  bigquery: 'bigquery',
  db2: 'db2',
  hive: 'hive',
  impala: 'hive',
  sparksql: 'spark',
  databricks: 'spark',
  snowflake: 'snowflake',
  mssql: 'transactsql',
  trino: 'trino',
  presto: 'trino',
  awsathena: 'trino',
  oracle: 'plsql',
  duckdb: 'duckdb',
  clickhouse: 'clickhouse',
  clickhousedb: 'clickhouse',
};

/** How each language quotes, to check that formatting kept every token (see `formatSql`). */
const LEXING_BY_LANGUAGE: Readonly<Partial<Record<SqlLanguage, SqlDialect>>> = {
  postgresql: { parserDialect: 'postgresql', identifierQuotes: ['"', '"'] },
  duckdb: { parserDialect: 'postgresql', identifierQuotes: ['"', '"'] },
  redshift: { parserDialect: 'redshift', identifierQuotes: ['"', '"'] },
  mysql: { parserDialect: 'mysql', identifierQuotes: ['`', '`'] },
  mariadb: { parserDialect: 'mariadb', identifierQuotes: ['`', '`'] },
  singlestoredb: { parserDialect: 'mysql', identifierQuotes: ['`', '`'] },
  sqlite: { parserDialect: 'sqlite', identifierQuotes: ['"', '"'] },
  bigquery: { parserDialect: 'bigquery', identifierQuotes: ['`', '`'] },
  db2: { parserDialect: 'db2', identifierQuotes: ['"', '"'] },
  hive: { parserDialect: 'hive', identifierQuotes: ['`', '`'] },
  spark: { parserDialect: 'hive', identifierQuotes: ['`', '`'] },
  snowflake: { parserDialect: 'snowflake', identifierQuotes: ['"', '"'] },
  transactsql: { parserDialect: 'transactsql', identifierQuotes: ['[', ']'] },
  trino: { parserDialect: 'trino', identifierQuotes: ['"', '"'] },
  clickhouse: { parserDialect: null, identifierQuotes: ['`', '`'] },
};

const ANSI: SqlDialect = { parserDialect: null, identifierQuotes: ['"', '"'] };

/** The formatter language for an engine, `sql` when sql-formatter has none for it. */
export function formatterLanguage(engine: string | null | undefined): SqlLanguage {
  const language = engine ? LANGUAGE_BY_ENGINE[engine] : undefined;
  return language !== undefined && loadSqlFormatter().supportedDialects.includes(language)
    ? language
    : 'sql';
}

/** How text in a formatter language is split into tokens. */
export function lexingFor(language: SqlLanguage): SqlDialect {
  return LEXING_BY_LANGUAGE[language] ?? ANSI;
}
