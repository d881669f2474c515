import type { TableRef } from '@superset-ts/engines';
import type { StatementKind } from './classify-ast.js';

export type { StatementKind };

/** Where a statement failed to parse, in the script as the user typed it (1-based). */
export interface SqlParseError {
  message: string;
  line: number;
  column: number;
}

/** One statement of a script and what the guard knows about it. */
export interface SqlStatement {
  /** Position in the script, from 1, as messages name it. */
  number: number;
  /** The statement as written, without its semicolon and surrounding whitespace. */
  sql: string;
  /** Offset of `sql` in the script. */
  start: number;
  kind: StatementKind;
  /** Why the statement is mutating or unparsed, phrased to follow "Statement n ...". */
  reason: string | null;
  parseError: SqlParseError | null;
  /**
   * Tables read or written, CTE names left out. Complete unless `kind` is `unparsed`, when
   * it is empty and access to the statement's tables cannot be checked.
   */
  tables: TableRef[];
  /** Names called like functions, lower-cased, for denylists. */
  functions: string[];
}

/** A script split into statements, in order. */
export interface SqlScript {
  sql: string;
  statements: SqlStatement[];
}

/** Line and column (1-based) of an offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
