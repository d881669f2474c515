import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { CALCITE_ERROR_PATTERNS } from '../dremio/calcite-error-patterns.js';

/** Apache Kylin's SQL (Calcite): FLOOR ... TO unit grains, CAST literals. */
export const KYLIN_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO SECOND) AS TIMESTAMP)',
    PT1M: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO MINUTE) AS TIMESTAMP)',
    PT1H: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO HOUR) AS TIMESTAMP)',
    P1D: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO DAY) AS DATE)',
    P1W: 'CAST(TIMESTAMPADD(WEEK, WEEK(CAST({col} AS DATE)) - 1, FLOOR(CAST({col} AS TIMESTAMP) TO YEAR)) AS DATE)',
    P1M: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO MONTH) AS DATE)',
    P3M: 'CAST(TIMESTAMPADD(QUARTER, QUARTER(CAST({col} AS DATE)) - 1, FLOOR(CAST({col} AS TIMESTAMP) TO YEAR)) AS DATE)',
    P1Y: 'CAST(FLOOR(CAST({col} AS TIMESTAMP) TO YEAR) AS DATE)',
  },
  // Superset defines no epoch conversion for Kylin; this is Calcite's TIMESTAMPADD.
  epochToDttm: "TIMESTAMPADD(SECOND, {col}, TIMESTAMP '1970-01-01 00:00:00')",
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `CAST('${isoDate(dttm)}' AS DATE)`;
    if (type === 'TIMESTAMP') return `CAST('${isoDateTime(dttm, 'seconds')}' AS TIMESTAMP)`;
    return null;
  },
  limitStyle: 'limit',
  errorPatterns: CALCITE_ERROR_PATTERNS,
};

export const KYLIN_DIALECT = defineDialect(KYLIN_DIALECT_DEFINITION);
