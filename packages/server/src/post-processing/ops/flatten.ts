import { z } from 'zod';
import type { DataFrame, FrameRow } from '../data-frame.js';
import { levelNumber } from '../level-of.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { relabelColumns } from '../relabel-columns.js';

/** Drops the row index from a frame, keeping or removing its columns. */
function withoutIndex(frame: DataFrame, keepColumns: boolean): DataFrame {
  const { index = [], columnLevels: _levels, ...rest } = frame;
  if (keepColumns || index.length === 0) return { columns: rest.columns, rows: rest.rows };
  const dropped = new Set(index);
  return {
    columns: rest.columns.filter((c) => !dropped.has(c)),
    rows: rest.rows.map((row) => {
      const out: FrameRow = {};
      for (const column of rest.columns)
        if (!dropped.has(column)) out[column] = row[column] ?? null;
      return out;
    }),
  };
}

/**
 * Turns a MultiIndex frame flat: each column named by its present labels joined with ", "
 * (commas inside a label escaped), then the row index back to plain columns.
 */
export const flatten = defineOperation({
  name: 'flatten',
  options: z.object({
    reset_index: z.boolean().default(true),
    drop_levels: z.array(z.union([z.number().int(), z.string()])).default([]),
  }),
  apply(frame, { reset_index, drop_levels }) {
    let flat = frame;
    const levels = frame.columnLevels;
    if (levels) {
      const dropped = new Set(
        drop_levels.map((level) => {
          const position = levelNumber(levels, level);
          if (position < 0)
            throw invalidStep(
              'flatten',
              `option "drop_levels" has an unknown level ${JSON.stringify(level)}.`,
            );
          return position;
        }),
      );
      flat = relabelColumns(
        frame,
        'flatten',
        (column) => (levels.labels[column] ?? [column]).filter((_, i) => !dropped.has(i)),
        levels.names.filter((_, i) => !dropped.has(i)),
        false,
      );
    }
    return withoutIndex(flat, reset_index);
  },
});
