import { z } from 'zod';
import {
  isNumericColumn,
  numberCell,
  toNumber,
  valueColumns,
  type DataFrame,
  type FrameRow,
} from '../data-frame.js';
import { defineOperation } from '../operation.js';
import { invalidStep, stepFailed } from '../post-processing-error.js';
import { TIME_COMPARISON } from './compare.js';

const options = z.object({
  orientation: z.enum(['row', 'column']).nullable().default('column'),
  columns: z.array(z.string()).nullable().optional(),
  time_shifts: z.array(z.string()).nullable().optional(),
  rename_columns: z.array(z.string()).nullable().optional(),
  contribution_totals: z.record(z.string(), z.number().nullable()).nullable().optional(),
});

/** Splits columns into those of the main query and those of each time shift (`m__1 year ago`). */
function columnGroups(columns: string[], renamed: string[], timeShifts: readonly string[]) {
  const groups = new Map<string, { columns: string[]; renamed: string[] }>();
  columns.forEach((column, i) => {
    const shift = timeShifts.find((ts) => column.endsWith(TIME_COMPARISON + ts)) ?? '';
    const group = groups.get(shift) ?? { columns: [], renamed: [] };
    group.columns.push(column);
    group.renamed.push(renamed[i] ?? column);
    groups.set(shift, group);
  });
  return [...groups.values()];
}

/**
 * Each numeric cell as its share of the column total (`column`, missing values counted as 0)
 * or of the row total (`row`, within the main columns and within each time shift's columns).
 */
export const contribution = defineOperation({
  name: 'contribution',
  options,
  apply(frame, opts) {
    const numeric = valueColumns(frame).filter(
      (column) =>
        isNumericColumn(frame, column) && !frame.rows.some((r) => typeof r[column] === 'boolean'),
    );
    for (const column of opts.columns ?? []) {
      if (!numeric.includes(column)) {
        throw stepFailed(
          'contribution',
          `column "${column}" is not numeric or does not exist in the query results.`,
        );
      }
    }
    const actual = opts.columns && opts.columns.length > 0 ? opts.columns : numeric;
    const renamed =
      opts.rename_columns && opts.rename_columns.length > 0 ? opts.rename_columns : actual;
    if (renamed.length !== actual.length) {
      throw invalidStep(
        'contribution',
        '"rename_columns" must have the same length as the columns.',
      );
    }
    const rows: FrameRow[] = frame.rows.map((row) => ({ ...row }));
    if ((opts.orientation ?? 'column') === 'column') {
      actual.forEach((column, i) => {
        const target = renamed[i] as string;
        const given = opts.contribution_totals?.[column];
        const total = opts.contribution_totals
          ? (given ?? 0)
          : frame.rows.reduce((sum, row) => sum + (toNumber(row[column]) ?? 0), 0);
        rows.forEach((row, r) => {
          const value = toNumber(frame.rows[r]?.[column]) ?? 0;
          row[target] = opts.contribution_totals && total === 0 ? 0 : numberCell(value / total);
        });
      });
    } else {
      for (const group of columnGroups(actual, renamed, opts.time_shifts ?? [])) {
        rows.forEach((row, r) => {
          const source = frame.rows[r] ?? {};
          const total = group.columns.reduce((sum, c) => sum + (toNumber(source[c]) ?? 0), 0);
          group.columns.forEach((column, i) => {
            const value = toNumber(source[column]);
            row[group.renamed[i] as string] = value === null ? null : numberCell(value / total);
          });
        });
      }
    }
    const added = renamed.filter((column) => !frame.columns.includes(column));
    const out: DataFrame = { ...frame, columns: [...frame.columns, ...added], rows };
    return out;
  },
});
