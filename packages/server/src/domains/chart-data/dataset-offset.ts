import type { DataFrame } from '../../post-processing/data-frame.js';

const MS_PER_HOUR = 3_600_000;

/**
 * The frame with the dataset's `offset` (hours) added to the times of its time column, as
 * Superset normalises `__timestamp` and the x-axis; unchanged without an offset or a column.
 */
export function withDatasetOffset(
  frame: DataFrame,
  timeColumn: string | null,
  offsetHours: number,
): DataFrame {
  if (!offsetHours || timeColumn === null || !frame.columns.includes(timeColumn)) return frame;
  const shift = offsetHours * MS_PER_HOUR;
  return {
    ...frame,
    rows: frame.rows.map((row) => {
      const value = row[timeColumn];
      return value instanceof Date
        ? { ...row, [timeColumn]: new Date(value.getTime() + shift) }
        : row;
    }),
  };
}
