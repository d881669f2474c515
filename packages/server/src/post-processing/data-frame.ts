import type { CellValue } from '@superset-ts/engines';

/** A cell of a frame: a database value, or a list of numbers (boxplot's `__outliers`). */
export type FrameCell = CellValue | readonly number[];

/** One row of a frame, by column name. */
export type FrameRow = Record<string, FrameCell>;

/**
 * pandas' column MultiIndex, as `pivot` leaves it: per column, its label on each level
 * (the metric first, then one value per pivoted column). `flatten` turns it back into plain names.
 */
export interface ColumnLevels {
  /** Name of each level: `null` for the metric level, then the pivoted columns' names. */
  names: readonly (string | null)[];
  /** Each (non-index) column's labels, one per level; `null` where a label was dropped. */
  labels: Readonly<Record<string, readonly (string | null)[]>>;
}

/**
 * A query result between post-processing steps: column names in order and rows keyed by
 * name. `index` names the columns that play pandas' row index (set by `pivot`, cleared by
 * `flatten`); `columnLevels` is present while the columns form a MultiIndex.
 */
export interface DataFrame {
  columns: string[];
  rows: FrameRow[];
  index?: readonly string[];
  columnLevels?: ColumnLevels;
}

/** The columns that hold values, i.e. all but the row index. */
export function valueColumns(frame: DataFrame): string[] {
  const index = new Set(frame.index ?? []);
  return frame.columns.filter((column) => !index.has(column));
}

/**
 * The columns a name selects, as pandas' `df.loc[:, [name]]`: the column itself on a flat
 * frame, every column under that top-level label on a MultiIndex frame.
 */
export function columnsUnder(frame: DataFrame, name: string): string[] {
  const levels = frame.columnLevels;
  if (!levels) return frame.columns.includes(name) ? [name] : [];
  return valueColumns(frame).filter((column) => levels.labels[column]?.[0] === name);
}

/** Whether a name can be referenced: a column, or a top-level label of a MultiIndex. */
export function hasColumn(frame: DataFrame, name: string): boolean {
  return frame.columns.includes(name) || columnsUnder(frame, name).length > 0;
}

/** A number for arithmetic, as pandas would see it: numbers, booleans and numeric text. */
export function toNumber(value: FrameCell | undefined): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

/** A result of arithmetic as a cell: NaN and infinities become null, as in JSON. */
export function numberCell(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : value;
}

/** Whether a cell is missing (pandas' `isna`). */
export function isMissing(value: FrameCell | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
  );
}

/** Whether every present value of a column is a number (booleans excluded, as pandas does). */
export function isNumericColumn(frame: DataFrame, column: string): boolean {
  return frame.rows.every((row) => {
    const value = row[column];
    return isMissing(value) || typeof value === 'number' || isNumericText(value);
  });
}

function isNumericText(value: FrameCell | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
}

/** A copy of the frame with new rows and columns, keeping its index and levels. */
export function withRows(frame: DataFrame, columns: string[], rows: FrameRow[]): DataFrame {
  return { ...frame, columns, rows };
}
