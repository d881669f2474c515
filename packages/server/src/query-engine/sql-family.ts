import type { Dialect } from '@superset-ts/engines';
import { lexicalRulesFor } from '../sql/lexical-rules.js';

/**
 * The few ways engines differ in the SQL the chart builder writes, derived from the dialect's
 * data (grammar, quotes, limit style) so a new engine gets the right answer without a list of
 * engine names:
 * - `mysql`: backslashes escape inside string literals (MySQL, MariaDB, BigQuery, Hive,
 *   Spark, Snowflake, and ClickHouse, the engine without a grammar that quotes with backticks);
 * - `mssql`: `TOP n`, no TRUE/FALSE (SQL Server, Teradata);
 * - `oracle`: `FETCH FIRST`, no `AS` before a table alias, no TRUE/FALSE (Oracle, Db2 use the
 *   same limit style; Db2 takes `AS` but does not need it);
 * - `postgres`: has ILIKE (PostgreSQL and its grammar's users: Redshift, DuckDB, ...);
 * - `standard`: everything else.
 */
export interface SqlFamily {
  /** A backslash escapes the next character inside '...' strings. */
  backslashEscapes: boolean;
  /** TRUE/FALSE literals exist; otherwise 1/0. */
  hasBooleanLiterals: boolean;
  /** `ILIKE` exists; otherwise LOWER(a) LIKE LOWER(b). */
  hasIlike: boolean;
  /** Text between a derived table and its alias: ` AS ` or ` `. */
  tableAliasSeparator: string;
  /** The type to CAST a value to for LIKE on a non-text column. */
  stringCastType: string;
}

const BACKTICK = '`';

/** The SQL family of a dialect. */
export function sqlFamilyOf(dialect: Dialect): SqlFamily {
  const rules = lexicalRulesFor(dialect);
  const isClickHouseLike = rules.isFallback && dialect.identifierQuotes[0] === BACKTICK;
  const backslashEscapes = rules.backslashEscapes || isClickHouseLike;
  const isFetchFirst = dialect.limitStyle === 'fetch_first';
  const isTop = dialect.limitStyle === 'top';
  const grammar = dialect.parserDialect;
  return {
    backslashEscapes,
    hasBooleanLiterals: !isTop && !isFetchFirst,
    hasIlike:
      grammar === 'postgresql' ||
      grammar === 'redshift' ||
      grammar === 'snowflake' ||
      isClickHouseLike,
    tableAliasSeparator: isFetchFirst ? ' ' : ' AS ',
    stringCastType: stringCastTypeOf(grammar, isTop, isFetchFirst, isClickHouseLike),
  };
}

function stringCastTypeOf(
  grammar: string | null,
  isTop: boolean,
  isFetchFirst: boolean,
  isClickHouseLike: boolean,
): string {
  if (grammar === 'mysql' || grammar === 'mariadb') return 'CHAR';
  if (grammar === 'bigquery' || grammar === 'hive' || isClickHouseLike) {
    return isClickHouseLike ? 'String' : 'STRING';
  }
  if (isTop) return 'VARCHAR(MAX)';
  if (isFetchFirst) return 'VARCHAR(4000)';
  return 'VARCHAR';
}
