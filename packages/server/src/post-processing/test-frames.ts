import type { DataFrame, FrameRow } from './data-frame.js';

/** A frame from rows, its columns in the first row's order. */
export function frameOf(rows: FrameRow[], columns?: string[]): DataFrame {
  return { columns: columns ?? Object.keys(rows[0] ?? {}), rows };
}

/** A UTC date from `YYYY-MM-DD`. */
export function day(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/** A column's values in row order. */
export function columnOf(frame: DataFrame, column: string): unknown[] {
  return frame.rows.map((row) => row[column] ?? null);
}
