import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { CALCITE_ERROR_PATTERNS } from './calcite-error-patterns.js';

/** Dremio's SQL: DATE_TRUNC grains, Oracle-style TO_DATE / TO_TIMESTAMP literals. */
export const DREMIO_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: "DATE_TRUNC('second', {col})",
    PT1M: "DATE_TRUNC('minute', {col})",
    PT1H: "DATE_TRUNC('hour', {col})",
    P1D: "DATE_TRUNC('day', {col})",
    P1W: "DATE_TRUNC('week', {col})",
    P1M: "DATE_TRUNC('month', {col})",
    P3M: "DATE_TRUNC('quarter', {col})",
    P1Y: "DATE_TRUNC('year', {col})",
  },
  epochToDttm: 'TO_DATE({col})',
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `TO_DATE('${isoDate(dttm)}', 'YYYY-MM-DD')`;
    if (type.startsWith('TIMESTAMP')) {
      return `TO_TIMESTAMP('${isoDateTime(dttm, 'milliseconds')}', 'YYYY-MM-DD HH24:MI:SS.FFF')`;
    }
    return null;
  },
  limitStyle: 'limit',
  typeMappings: [[/^list(\s*<.*>)?$/i, GenericDataType.STRING]],
  errorPatterns: CALCITE_ERROR_PATTERNS,
};

export const DREMIO_DIALECT = defineDialect(DREMIO_DIALECT_DEFINITION);
