import type * as DuckDb from '@duckdb/node-api';
import type { CellValue } from '../spec/client.js';

/** What this client uses of the driver module, which the spec loads lazily. */
export type DuckDbApi = Pick<
  typeof DuckDb,
  | 'DuckDBInstance'
  | 'StatementType'
  | 'DuckDBDecimalValue'
  | 'DuckDBTimestampValue'
  | 'DuckDBTimestampTZValue'
  | 'DuckDBTimestampMillisecondsValue'
  | 'DuckDBTimestampSecondsValue'
  | 'DuckDBTimestampNanosecondsValue'
  | 'DuckDBDateValue'
>;

const MS_PER_DAY = 86_400_000;

function fromBigint(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

/** A moment from a count since the epoch; infinite ones keep DuckDB's text (`infinity`). */
function moment(isFinite: boolean, ms: number, text: () => string): Date | string {
  return isFinite ? new Date(Math.floor(ms)) : text();
}

/**
 * Turns DuckDB's value objects into cells: big integers beyond 2^53 and HUGEINTs become
 * exact text, decimals numbers, dates and timestamps `Date`s (timestamps with a zone are
 * absolute instants), and nested or exotic values (lists, structs, intervals, UUIDs,
 * blobs) DuckDB's own text.
 */
export function createDuckDbCellReader(api: DuckDbApi): (value: DuckDb.DuckDBValue) => CellValue {
  return (value) => {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') return value;
    if (typeof value === 'bigint') return fromBigint(value);
    const text = () => String(value);
    if (value instanceof api.DuckDBDecimalValue) return value.toDouble();
    if (value instanceof api.DuckDBTimestampValue || value instanceof api.DuckDBTimestampTZValue) {
      return moment(value.isFinite, Number(value.micros) / 1000, text);
    }
    if (value instanceof api.DuckDBTimestampMillisecondsValue) {
      return moment(value.isFinite, Number(value.millis), text);
    }
    if (value instanceof api.DuckDBTimestampSecondsValue) {
      return moment(value.isFinite, Number(value.seconds) * 1000, text);
    }
    if (value instanceof api.DuckDBTimestampNanosecondsValue) {
      return moment(value.isFinite, Number(value.nanos) / 1_000_000, text);
    }
    if (value instanceof api.DuckDBDateValue) {
      return moment(value.isFinite, value.days * MS_PER_DAY, text);
    }
    return text();
  };
}
