import { EngineError } from '@superset-ts/engines';
import type { SqlValidationAnnotation } from '@superset-ts/shared';
import { lexicalRulesFor } from '../sql/lexical-rules.js';
import { positionAt } from '../sql/sql-script.js';
import { splitStatements, type StatementText } from '../sql/split-statements.js';
import type { SqlValidationContext, SqlValidator } from './sql-validator.js';
import { wordEnd } from './word-end.js';

const EXPLAIN = 'EXPLAIN ';

/**
 * Statements EXPLAIN cannot take although they are valid PostgreSQL (DDL, grants, session
 * settings, transactions, ...): they are left unchecked rather than reported as errors.
 * Anything else, a misspelt keyword included, is explained and so checked.
 */
const NOT_EXPLAINABLE = new Set(
  (
    'alter analyze begin call checkpoint close cluster comment commit copy ' +
    'deallocate discard do drop end fetch grant import listen load ' +
    'lock move notify prepare reassign refresh reindex release reset revoke ' +
    'rollback savepoint security set show start truncate unlisten vacuum abort'
  ).split(' '),
);

/** CREATE TABLE ... AS and CREATE MATERIALIZED VIEW are explainable; other CREATEs are not. */
const EXPLAINABLE_CREATE =
  /^create\s+(?:(?:global\s+|local\s+)?(?:temp|temporary)\s+|unlogged\s+)?(?:table\b[\s\S]*?\bas\b|materialized\s+view\b)/i;

function isExplainable(statement: StatementText): boolean {
  const firstWord = statement.tokens.find((token) => token.kind !== 'comment')?.text.toLowerCase();
  if (firstWord === undefined) return false;
  if (firstWord === 'create') return EXPLAINABLE_CREATE.test(statement.sql);
  return !NOT_EXPLAINABLE.has(firstWord);
}

function annotationFor(
  script: string,
  statement: StatementText,
  error: EngineError,
): SqlValidationAnnotation {
  const position = Number(error.extra?.position);
  const offset = Number.isInteger(position)
    ? statement.start + Math.max(0, position - 1 - EXPLAIN.length)
    : statement.start;
  const start = positionAt(script, offset);
  const end = positionAt(script, wordEnd(script, offset));
  return {
    line_number: start.line,
    start_column: start.column,
    end_column: end.line === start.line ? end.column : start.column + 1,
    message: error.message,
  };
}

/**
 * PostgreSQL's built-in validator: each statement is given to `EXPLAIN` (which plans it and
 * never runs it) in a read-only transaction, and the server's own error, at the position it
 * reports, becomes an annotation. Names are checked too, since the planner resolves tables
 * and columns; statements EXPLAIN cannot take are left unchecked.
 */
export const postgresValidator: SqlValidator = {
  name: 'PostgreSQLValidator',
  async validate(sql: string, context: SqlValidationContext) {
    const annotations: SqlValidationAnnotation[] = [];
    for (const statement of splitStatements(sql, lexicalRulesFor(context.dialect))) {
      if (!isExplainable(statement)) continue;
      try {
        await context.client.execute(`${EXPLAIN}${statement.sql}`, {
          readOnly: true,
          schema: context.schema,
          timeoutMs: context.timeoutMs,
        });
      } catch (error) {
        if (!(error instanceof EngineError) || error.code === 'QUERY_TIMEOUT_ERROR') throw error;
        if (error.code.startsWith('CONNECTION_')) throw error;
        annotations.push(annotationFor(sql, statement, error));
      }
    }
    return annotations;
  },
};
