import { z } from 'zod';
import { transformColumns } from '../append-columns.js';
import { requireColumns } from '../column-check.js';
import { columnsUnder, toNumber, type DataFrame } from '../data-frame.js';
import { defineOperation } from '../operation.js';

/** pandas' diff across columns (axis 1): each chosen column minus the one `periods` before it. */
function diffAcrossColumns(
  frame: DataFrame,
  columns: Record<string, string>,
  periods: number,
): DataFrame {
  requireColumns(frame, 'diff', 'columns', Object.keys(columns));
  const sources = Object.keys(columns).flatMap((source) => columnsUnder(frame, source));
  const rows = frame.rows.map((row) => {
    const out = { ...row };
    sources.forEach((column, j) => {
      const other = sources[j - periods];
      const a = toNumber(row[column]);
      const b = other === undefined ? null : toNumber(row[other]);
      const target = columns[column] ?? column;
      out[target] = a === null || b === null ? null : a - b;
    });
    return out;
  });
  const added = Object.values(columns).filter((c) => !frame.columns.includes(c));
  return { ...frame, columns: [...frame.columns, ...added], rows };
}

/** Row-by-row (or column-by-column) difference of the chosen columns. */
export const diff = defineOperation({
  name: 'diff',
  options: z.object({
    columns: z.record(z.string(), z.string()).default({}),
    periods: z.number().int().default(1),
    axis: z
      .union([z.literal(0), z.literal(1), z.literal('index'), z.literal('columns')])
      .default(0),
  }),
  apply(frame, { columns, periods, axis }) {
    if (axis === 1 || axis === 'columns') return diffAcrossColumns(frame, columns, periods);
    return transformColumns(frame, 'diff', columns, (values) =>
      values.map((value, i) => {
        const before = values[i - periods];
        return value === null || before === undefined || before === null ? null : value - before;
      }),
    );
  },
});
