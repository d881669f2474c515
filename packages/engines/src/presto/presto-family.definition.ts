import { GenericDataType } from '@superset-ts/shared';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { PRESTO_FAMILY_ERROR_PATTERNS } from './presto-family.errors.js';

const asTimestamp = 'CAST({col} AS TIMESTAMP)';
const trunc = (unit: string) => `date_trunc('${unit}', ${asTimestamp})`;
/** Truncates to `unit`, then steps back to the last multiple of `n` of it. */
const bucket = (unit: 'second' | 'minute' | 'hour', n: number) =>
  `${trunc(unit)} - interval '1' ${unit} * (${unit}(${asTimestamp}) % ${n})`;

/** Superset's `PrestoBaseEngineSpec.column_type_mappings`; DATE before the TIME catch-all. */
const PRESTO_FAMILY_TYPE_MAPPINGS: DialectDefinition['typeMappings'] = [
  [/^boolean/i, GenericDataType.BOOLEAN],
  [/^(tinyint|smallint|integer|bigint|real|double|decimal)/i, GenericDataType.NUMERIC],
  [/^(varchar|char)(\(\d+\))?$/i, GenericDataType.STRING],
  [/^(varbinary|json|array|map|row|uuid|ipaddress)/i, GenericDataType.STRING],
  [/^(date|timestamp|interval|time)/i, GenericDataType.TEMPORAL],
];

/** A type name's kind for literals: Superset's DATE and TIMESTAMP type classes. */
function temporalKind(targetType: string): 'date' | 'timestamp' | null {
  const type = targetType.trim().toUpperCase();
  if (type.startsWith('TIMESTAMP')) return 'timestamp';
  if (type.startsWith('DATE')) return 'date';
  return null;
}

/**
 * The SQL Presto, Trino and Athena share (Superset's `PrestoBaseEngineSpec`): grains over
 * `date_trunc` on a TIMESTAMP cast, typed literals and `from_unixtime` epochs.
 */
export const PRESTO_FAMILY_DEFINITION: DialectDefinition = {
  parserDialect: 'trino',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: trunc('second'),
    PT5S: bucket('second', 5),
    PT30S: bucket('second', 30),
    PT1M: trunc('minute'),
    PT5M: bucket('minute', 5),
    PT10M: bucket('minute', 10),
    PT15M: bucket('minute', 15),
    PT30M: bucket('minute', 30),
    PT1H: trunc('hour'),
    PT6H: bucket('hour', 6),
    P1D: trunc('day'),
    P1W: trunc('week'),
    P1M: trunc('month'),
    P3M: trunc('quarter'),
    P1Y: trunc('year'),
    '1969-12-28T00:00:00Z/P1W': `date_trunc('week', ${asTimestamp} + interval '1' day) - interval '1' day`,
    '1969-12-29T00:00:00Z/P1W': trunc('week'),
    'P1W/1970-01-03T00:00:00Z': `date_trunc('week', ${asTimestamp} + interval '1' day) + interval '5' day`,
    'P1W/1970-01-04T00:00:00Z': `${trunc('week')} + interval '6' day`,
  },
  epochToDttm: 'from_unixtime({col})',
  convertDttm(targetType, dttm) {
    switch (temporalKind(targetType)) {
      case 'date':
        return `DATE '${isoDate(dttm)}'`;
      case 'timestamp':
        return `TIMESTAMP '${isoDateTime(dttm)}'`;
      case null:
        return null;
    }
  },
  limitStyle: 'limit',
  typeMappings: PRESTO_FAMILY_TYPE_MAPPINGS,
  errorPatterns: PRESTO_FAMILY_ERROR_PATTERNS,
};
