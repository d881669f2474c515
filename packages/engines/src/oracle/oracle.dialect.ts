import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { withoutTrailingSemicolon } from '../spec/sql-tokens.js';
import { ORACLE_ERROR_PATTERNS } from './oracle.errors.js';

const trunc = (format: string) => `TRUNC(CAST({col} as DATE), '${format}')`;

/** Superset's Oracle literals: DATE, the TIMESTAMP family, and DATETIME to the second. */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  if (type === 'DATE') return `TO_DATE('${isoDate(dttm)}', 'YYYY-MM-DD')`;
  if (type.startsWith('TIMESTAMP')) {
    return `TO_TIMESTAMP('${isoDateTime(dttm, 'microseconds', 'T')}', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')`;
  }
  if (type.startsWith('DATETIME')) {
    return `TO_DATE('${isoDateTime(dttm, 'seconds', 'T')}', 'YYYY-MM-DD"T"HH24:MI:SS')`;
  }
  return null;
}

/** Oracle's SQL (Superset's `OracleEngineSpec`), for Oracle 12c and later. */
export const ORACLE_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: 'CAST({col} as DATE)',
    PT1M: trunc('MI'),
    PT1H: trunc('HH'),
    P1D: trunc('DDD'),
    P1W: trunc('WW'),
    P1M: trunc('MONTH'),
    P3M: trunc('Q'),
    P1Y: trunc('YEAR'),
  },
  epochToDttm: "TO_DATE('1970-01-01','YYYY-MM-DD')+(1/24/60/60)*{col}",
  epochMsToDttm: "TO_DATE('1970-01-01','YYYY-MM-DD')+(1/24/60/60/1000)*{col}",
  convertDttm,
  limitStyle: 'fetch_first',
  // Oracle refuses `AS` before a table alias, so the generic `) AS inner_qry` is not valid here.
  wrapLimit: (sql, limit) =>
    `SELECT *\nFROM (\n${withoutTrailingSemicolon(sql)}\n) inner_qry\nFETCH FIRST ${Math.max(0, Math.floor(limit))} ROWS ONLY`,
  maxColumnNameLength: 128,
  typeMappings: [
    [/^number\b/i, GenericDataType.NUMERIC],
    [/^binary_(float|double)\b/i, GenericDataType.NUMERIC],
    [/^(n?clob|long|rowid|urowid)$/i, GenericDataType.STRING],
  ],
  errorPatterns: ORACLE_ERROR_PATTERNS,
};

export const ORACLE_DIALECT = defineDialect(ORACLE_DIALECT_DEFINITION);
