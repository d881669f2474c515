import type { FrameCell } from '../post-processing/data-frame.js';

/** Superset's `GenericDataType`: how the front end treats a column. */
export const GenericDataType = { NUMERIC: 0, STRING: 1, TEMPORAL: 2, BOOLEAN: 3 } as const;
export type GenericDataType = (typeof GenericDataType)[keyof typeof GenericDataType];

/** The data part of a chart-data JSON result. */
export interface JsonResult {
  colnames: string[];
  coltypes: GenericDataType[];
  data: Record<string, unknown>[];
  rowcount: number;
}

function typeOf(values: readonly FrameCell[]): GenericDataType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return GenericDataType.STRING;
  if (present.every((value) => value instanceof Date)) return GenericDataType.TEMPORAL;
  if (present.every((value) => typeof value === 'boolean')) return GenericDataType.BOOLEAN;
  if (present.every((value) => typeof value === 'number')) return GenericDataType.NUMERIC;
  return GenericDataType.STRING;
}

function jsonCell(value: FrameCell | undefined): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value ?? null;
}

/**
 * `colnames`, `coltypes`, `data` and `rowcount` of a result as Superset's chart data sends
 * them: date-times as epoch milliseconds, NaN and infinities as null.
 */
export function toJsonResult(frame: {
  columns: readonly string[];
  rows: readonly Readonly<Record<string, FrameCell>>[];
}): JsonResult {
  const coltypes = frame.columns.map((column) =>
    typeOf(frame.rows.map((row) => row[column] ?? null)),
  );
  const data = frame.rows.map((row) =>
    Object.fromEntries(frame.columns.map((column) => [column, jsonCell(row[column])])),
  );
  return { colnames: [...frame.columns], coltypes, data, rowcount: frame.rows.length };
}
