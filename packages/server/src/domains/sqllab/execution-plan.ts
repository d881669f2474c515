import type { Dialect } from '@superset-ts/engines';
import type { LimitingFactor } from '../queries/query.record.js';
import { limitingFactorFor } from './row-limits.js';
import type { CtasTarget, SqlTools } from './sqllab-ports.js';

/** One statement as it will run. */
export interface PlannedStatement {
  sql: string;
  /** Returns rows (its result is the one shown when it is the last statement). */
  isSelect: boolean;
  /** Run inside a read-only transaction. */
  readOnly: boolean;
  /**
   * Its SQL returns at most the plan's fetch limit (a top-level LIMIT this plan put or kept),
   * so the engine may read it whole; absent in plans stored before this field existed.
   */
  isBoundedBySql?: boolean;
}

/** A checked, rewritten script and the limits it runs under (stored with async jobs). */
export interface ExecutionPlan {
  statements: PlannedStatement[];
  /** The effective row limit (Superset's `query.limit`). */
  limit: number;
  limitingFactor: LimitingFactor;
  /** `SELECT * FROM` the created table or view, for CTAS/CVAS runs. */
  selectSql: string | null;
}

/** What planning a run needs. */
export interface PlanInput {
  /** The SQL after template rendering. */
  sql: string;
  dialect: Dialect;
  tools: SqlTools;
  allowDml: boolean;
  /** The engine can run statements in a read-only transaction. */
  hasReadOnlyTransactions: boolean;
  /** queryLimit bounded by SQL_MAX_ROW. */
  dropdownLimit: number;
  ctas: CtasTarget | null;
  /** SQLLAB_CTAS_NO_LIMIT. */
  isCtasUnlimited: boolean;
}

/**
 * Checks and rewrites a script before it runs: the DML guard on what the user wrote, row
 * limits applied in SQL (one row more than the limit, so a cut can be told from an exact
 * fit), then CREATE TABLE/VIEW AS for CTAS runs. Without DML rights every statement runs
 * read-only where the engine can, so a write the parser missed still fails in the database.
 */
export function planExecution(input: PlanInput): ExecutionPlan {
  const { dialect, tools } = input;
  tools.guardScript(input.sql, dialect, { allowDml: input.allowDml });
  const parsed = tools.parseScript(input.sql, dialect);
  const lastSelect = [...parsed].reverse().find((statement) => statement.isSelect);
  const sqlLimit = lastSelect ? tools.getRowLimit(lastSelect.sql, dialect) : null;
  const { limit, factor } = limitingFactorFor(sqlLimit, input.dropdownLimit);
  const isLimited = !(input.ctas && input.isCtasUnlimited);
  const fetchLimit = input.ctas ? limit : limit + 1;
  const limited = parsed.map((statement) => {
    if (!statement.isSelect || !isLimited) return { ...statement, isBoundedBySql: false };
    const sql = tools.applyRowLimit(statement.sql, fetchLimit, dialect);
    const bound = tools.getRowLimit(sql, dialect);
    return { ...statement, sql, isBoundedBySql: bound !== null && bound <= fetchLimit };
  });
  const canReadOnly = !input.allowDml && input.hasReadOnlyTransactions;
  if (!input.ctas) {
    return {
      statements: limited.map((statement) => ({ ...statement, readOnly: canReadOnly })),
      limit,
      limitingFactor: factor,
      selectSql: null,
    };
  }
  const script = limited.map((statement) => statement.sql).join(';\n');
  const rewritten = tools.parseScript(tools.asCreateTable(script, input.ctas, dialect), dialect);
  const last = rewritten.length - 1;
  return {
    statements: rewritten.map((statement, index) => ({
      ...statement,
      readOnly: canReadOnly && index !== last,
    })),
    limit,
    limitingFactor: factor,
    selectSql: dialect.selectStar({ table: input.ctas.table, schema: input.ctas.schema }, limit),
  };
}
