import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { PRESTO_FAMILY_DEFINITION } from '../presto/presto-family.definition.js';

const asTimestamp = 'CAST({col} AS TIMESTAMP)';
const trunc = (unit: string) => `date_trunc('${unit}', ${asTimestamp})`;

/** Superset's Athena literals: DATE, and TIMESTAMP to the millisecond (Athena's precision). */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  if (type.startsWith('TIMESTAMP')) return `TIMESTAMP '${isoDateTime(dttm, 'milliseconds')}'`;
  if (type.startsWith('DATE')) return `DATE '${isoDate(dttm)}'`;
  return null;
}

/**
 * Amazon Athena's SQL (Superset's `AthenaEngineSpec`): Presto/Trino underneath, so the
 * types and messages are the Presto family's, with Athena's own grains and literals.
 */
export const ATHENA_DIALECT_DEFINITION: DialectDefinition = {
  ...PRESTO_FAMILY_DEFINITION,
  parserDialect: 'athena',
  timeGrainExpressions: {
    PT1S: trunc('second'),
    PT1M: trunc('minute'),
    PT1H: trunc('hour'),
    P1D: trunc('day'),
    P1W: trunc('week'),
    P1M: trunc('month'),
    P3M: trunc('quarter'),
    P1Y: trunc('year'),
    'P1W/1970-01-03T00:00:00Z': `date_add('day', 5, date_trunc('week', date_add('day', 1, ${asTimestamp})))`,
    '1969-12-28T00:00:00Z/P1W': `date_add('day', -1, date_trunc('week', date_add('day', 1, ${asTimestamp})))`,
  },
  convertDttm,
};

export const ATHENA_DIALECT = defineDialect(ATHENA_DIALECT_DEFINITION);
