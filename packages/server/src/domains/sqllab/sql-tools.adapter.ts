import type { Dialect } from '@superset-ts/engines';
import {
  applyRowLimit,
  asCreateTable,
  getRowLimit,
  guardScript,
  isReadOnlyStatement,
  parseSqlScript,
} from '../../sql/index.js';
import type { ParsedStatement, SqlTools } from './sqllab-ports.js';

function parse(sql: string, dialect: Dialect): ParsedStatement[] {
  return parseSqlScript(sql, dialect).statements.map((statement) => ({
    sql: statement.sql,
    isSelect: isReadOnlyStatement(statement),
  }));
}

/** SqlTools over the SQL module (packages/server/src/sql). */
export const SQL_MODULE_TOOLS: SqlTools = {
  parseScript: parse,
  guardScript: (sql, dialect, options) => guardScript(parseSqlScript(sql, dialect), options),
  applyRowLimit: (sql, limit, dialect) => applyRowLimit(sql, limit, dialect),
  getRowLimit: (sql, dialect) => getRowLimit(sql, dialect),
  // Limits are applied before the rewrite (execution-plan.ts), so none is passed here.
  asCreateTable: (sql, target, dialect) =>
    asCreateTable(parseSqlScript(sql, dialect), { ...target, dialect }).join(';\n'),
};
