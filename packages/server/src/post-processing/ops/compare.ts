import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import { flatName } from '../column-labels.js';
import {
  columnsUnder,
  numberCell,
  toNumber,
  type DataFrame,
  type FrameRow,
} from '../data-frame.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { roundHalfEven } from '../round-half-even.js';

/** Superset's `TIME_COMPARISON` separator in derived column names. */
export const TIME_COMPARISON = '__';

const COMPARE = {
  difference: (a: number, b: number) => a - b,
  percentage: (a: number, b: number) => (a - b) / b,
  ratio: (a: number, b: number) => a / b,
} as const;

/** The columns of a source or compare name, keyed by their labels below the top level. */
function byTail(frame: DataFrame, name: string): Map<string, string> {
  const labels = frame.columnLevels?.labels;
  return new Map(
    columnsUnder(frame, name).map((column) => [
      JSON.stringify(labels?.[column]?.slice(1) ?? []),
      column,
    ]),
  );
}

/**
 * Compares each source column with its compare column: `difference__a__b`,
 * `percentage__a__b` ((a-b)/b) or `ratio__a__b` (a/b), the last two rounded to `precision`.
 */
export const compare = defineOperation({
  name: 'compare',
  options: z.object({
    source_columns: z.array(z.string()),
    compare_columns: z.array(z.string()),
    compare_type: z.string(),
    drop_original_columns: z.boolean().nullable().default(false),
    precision: z.number().int().nullable().default(4),
  }),
  apply(frame, opts) {
    if (opts.source_columns.length !== opts.compare_columns.length) {
      throw invalidStep(
        'compare',
        '"compare_columns" must have the same length as "source_columns".',
      );
    }
    const type = opts.compare_type;
    if (type !== 'difference' && type !== 'percentage' && type !== 'ratio') {
      throw invalidStep('compare', '"compare_type" must be difference, percentage or ratio.');
    }
    requireColumns(frame, 'compare', 'source_columns', opts.source_columns);
    requireColumns(frame, 'compare', 'compare_columns', opts.compare_columns);
    if (opts.source_columns.length === 0) return frame;
    const rows: FrameRow[] = frame.rows.map((row) => ({ ...row }));
    const columns = [...frame.columns];
    const levels = frame.columnLevels;
    const addedLabels: Record<string, readonly (string | null)[]> = {};
    const dropped = new Set<string>();
    const fn = COMPARE[type];
    opts.source_columns.forEach((source, i) => {
      const against = opts.compare_columns[i] as string;
      const sources = byTail(frame, source);
      const compares = byTail(frame, against);
      const base = [type, source, against].join(TIME_COMPARISON);
      for (const tail of new Set([...sources.keys(), ...compares.keys()])) {
        const tailLabels = JSON.parse(tail) as (string | null)[];
        const name = levels ? flatName([base, ...tailLabels]) : base;
        if (levels) addedLabels[name] = [base, ...tailLabels];
        if (!columns.includes(name)) columns.push(name);
        const s = sources.get(tail);
        const c = compares.get(tail);
        rows.forEach((row, r) => {
          const a = s === undefined ? null : toNumber(frame.rows[r]?.[s]);
          const b = c === undefined ? null : toNumber(frame.rows[r]?.[c]);
          let value = a === null || b === null ? null : numberCell(fn(a, b));
          if (value !== null && type !== 'difference' && opts.precision !== null) {
            value = roundHalfEven(value, opts.precision);
          }
          row[name] = value;
        });
      }
      for (const column of [...sources.values(), ...compares.values()]) dropped.add(column);
    });
    let out: DataFrame = { ...frame, columns, rows };
    if (levels)
      out.columnLevels = { names: levels.names, labels: { ...levels.labels, ...addedLabels } };
    if (opts.drop_original_columns) out = dropColumns(out, dropped);
    return out;
  },
});

function dropColumns(frame: DataFrame, dropped: ReadonlySet<string>): DataFrame {
  const columns = frame.columns.filter((column) => !dropped.has(column));
  const rows = frame.rows.map((row) => {
    const out: FrameRow = {};
    for (const column of columns) out[column] = row[column] ?? null;
    return out;
  });
  const result: DataFrame = { ...frame, columns, rows };
  if (frame.columnLevels) {
    const labels = Object.fromEntries(
      Object.entries(frame.columnLevels.labels).filter(([column]) => !dropped.has(column)),
    );
    result.columnLevels = { names: frame.columnLevels.names, labels };
  }
  return result;
}
