import type { DialectDefinition } from '@superset-ts/engines';

/** The parts of a dialect this module reads: its parser grammar and how it quotes names. */
export type SqlDialect = Pick<DialectDefinition, 'parserDialect' | 'identifierQuotes'>;

/** A pair of characters that open and close quoted text, doubled inside to escape. */
export type QuotePair = readonly [open: string, close: string];

/**
 * How an engine reads the characters of SQL text: where strings, quoted names and comments
 * start and end. The splitter and the guard depend on agreeing with the database here, so
 * where engines differ the rules follow the engine, never a generic guess.
 */
export interface LexicalRules {
  /** A backslash escapes the next character inside `'...'` and `"..."` (MySQL, BigQuery, Hive, Snowflake). */
  backslashEscapes: boolean;
  /** `#` starts a comment that runs to the end of the line (MySQL, BigQuery). */
  hashComments: boolean;
  /** `--` starts a comment only when followed by whitespace (MySQL, MariaDB). */
  dashCommentNeedsSpace: boolean;
  /** `$tag$...$tag$` (PostgreSQL) or only `$$...$$` (Snowflake). */
  dollarQuotes: 'tagged' | 'untagged' | 'none';
  /** `'''...'''` and `"""..."""` (BigQuery). */
  tripleQuotes: boolean;
  /** `E'...'` strings, in which a backslash escapes (PostgreSQL). */
  escapeStrings: boolean;
  /** Quoted names and double-quoted strings, besides `'...'`. */
  quotes: readonly QuotePair[];
  /** No grammar exists for this engine: statements are checked against a generic one. */
  isFallback: boolean;
}

const DOUBLE: QuotePair = ['"', '"'];
const BACKTICK: QuotePair = ['`', '`'];
const BRACKET: QuotePair = ['[', ']'];

const ANSI: LexicalRules = {
  backslashEscapes: false,
  hashComments: false,
  dashCommentNeedsSpace: false,
  dollarQuotes: 'none',
  tripleQuotes: false,
  escapeStrings: false,
  quotes: [DOUBLE],
  isFallback: false,
};

const MYSQL: LexicalRules = {
  ...ANSI,
  backslashEscapes: true,
  hashComments: true,
  dashCommentNeedsSpace: true,
  quotes: [DOUBLE, BACKTICK],
};

/** Rules per node-sql-parser grammar name. */
const RULES_BY_PARSER: Readonly<Record<string, LexicalRules>> = {
  postgresql: { ...ANSI, dollarQuotes: 'tagged', escapeStrings: true },
  redshift: { ...ANSI, dollarQuotes: 'tagged', escapeStrings: true },
  mysql: MYSQL,
  mariadb: MYSQL,
  bigquery: {
    ...ANSI,
    backslashEscapes: true,
    hashComments: true,
    tripleQuotes: true,
    quotes: [DOUBLE, BACKTICK],
  },
  hive: { ...ANSI, backslashEscapes: true, quotes: [DOUBLE, BACKTICK] },
  athena: { ...ANSI, quotes: [DOUBLE, BACKTICK] },
  snowflake: { ...ANSI, backslashEscapes: true, dollarQuotes: 'untagged' },
  transactsql: { ...ANSI, quotes: [DOUBLE, BRACKET] },
  sqlite: { ...ANSI, quotes: [DOUBLE, BACKTICK, BRACKET] },
  trino: ANSI,
  db2: ANSI,
};

/**
 * The lexical rules of a dialect. Engines without a grammar are read as ANSI SQL with
 * their own identifier quotes; the parser then treats anything those rules may misread
 * as unparsed (see `findLexicalHazard`).
 */
export function lexicalRulesFor(dialect: SqlDialect): LexicalRules {
  const known = dialect.parserDialect === null ? undefined : RULES_BY_PARSER[dialect.parserDialect];
  if (known) return known;
  const [open, close] = dialect.identifierQuotes;
  const quotes: QuotePair[] = open === '"' ? [DOUBLE] : [DOUBLE, [open, close]];
  return { ...ANSI, quotes, isFallback: true };
}

/** The node-sql-parser grammar used for a dialect; engines without one use PostgreSQL's, the closest to ANSI. */
export function grammarFor(dialect: SqlDialect): string {
  return dialect.parserDialect ?? 'postgresql';
}
