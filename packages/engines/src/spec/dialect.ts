import type { GenericDataType, TimeGrain } from '@superset-ts/shared';
import type { EngineError } from './engine-error.js';
import type { ErrorPattern } from './error-patterns.js';
import type { TypeMapping } from './type-mapping.js';

/** How an engine limits rows: `LIMIT n`, `SELECT TOP n`, `FETCH FIRST n ROWS ONLY`. */
export type LimitStyle = 'limit' | 'top' | 'fetch_first';

/** A table, optionally in a schema and a catalog. */
export interface TableRef {
  table: string;
  schema?: string | null;
  catalog?: string | null;
}

/**
 * What an engine's SQL looks like, as data: pure (no driver), so it is tested with golden SQL.
 * Templates use `{col}` for the column expression, as Superset's engine specs do.
 */
export interface DialectDefinition {
  /** node-sql-parser's database name for this dialect, or null when it has none. */
  parserDialect: string | null;
  /** Opening and closing identifier quote characters. */
  identifierQuotes: readonly [open: string, close: string];
  /** Every grain the engine supports, as a SQL template over `{col}`. */
  timeGrainExpressions: Readonly<Partial<Record<TimeGrain, string>>>;
  /** Seconds since the epoch to a timestamp, over `{col}`. */
  epochToDttm: string;
  /** Milliseconds since the epoch to a timestamp; defaults to `epochToDttm` over `({col}/1000)`. */
  epochMsToDttm?: string;
  /** A SQL literal for a moment compared with a column of `targetType`, or null when none fits. */
  convertDttm(targetType: string, dttm: Date): string | null;
  limitStyle: LimitStyle;
  /** Native type patterns beyond the defaults. */
  typeMappings?: readonly TypeMapping[];
  /** Database messages this engine is known to produce. */
  errorPatterns?: readonly ErrorPattern[];
  /** Longest column label the engine accepts. */
  maxColumnNameLength?: number;
  /** Overrides for engines whose limit does not wrap as a subquery. */
  wrapLimit?(sql: string, limit: number): string;
}

/** A dialect with the derived operations every caller uses. */
export interface Dialect extends DialectDefinition {
  quoteIdentifier(name: string): string;
  quoteTable(ref: TableRef): string;
  /** The grains this engine offers, in the built-in order. */
  timeGrains(): TimeGrain[];
  /** The column truncated to a grain; the column itself when `grain` is null. Throws for an unsupported grain. */
  timeGrainExpression(columnSql: string, grain: TimeGrain | null): string;
  /** A numeric epoch column (`epoch_s` or `epoch_ms`) as a timestamp expression. */
  epochExpression(columnSql: string, unit: 'epoch_s' | 'epoch_ms'): string;
  /** Any SELECT limited to `limit` rows by wrapping it as a subquery. */
  limitQuery(sql: string, limit: number): string;
  /** `SELECT * FROM table LIMIT n`, as the table browser shows it. */
  selectStar(ref: TableRef, limit?: number): string;
  genericType(nativeType: string): GenericDataType | null;
  classifyError(message: string, secrets?: readonly (string | undefined)[]): EngineError;
}
