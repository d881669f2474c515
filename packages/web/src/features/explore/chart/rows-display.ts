import { GenericDataType } from '@superset-ts/shared';
import type { ChartRows } from '../api/chart-data-api';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An epoch-milliseconds time as `YYYY-MM-DD HH:mm:ss` (UTC, as the database stored it). */
export function formatTemporal(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const date = new Date(value);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

/**
 * The rows as the data panes show them: temporal columns (sent as epoch milliseconds) as
 * dates, everything else as it came.
 */
export function displayRows(rows: ChartRows): Record<string, unknown>[] {
  const temporal = rows.colnames.filter(
    (_name, index) => rows.coltypes[index] === GenericDataType.TEMPORAL,
  );
  if (temporal.length === 0) return rows.data;
  return rows.data.map((row) => {
    const shown = { ...row };
    for (const name of temporal) shown[name] = formatTemporal(row[name]);
    return shown;
  });
}
