import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import { columnsUnder } from '../data-frame.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { compareForSort } from '../value-order.js';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

/**
 * Sorts rows by columns (`by` + `ascending`, or the older `columns: {name: ascending}`) or by
 * the row index (`is_sort_index`); missing values go last, ties keep their order.
 */
export const sort = defineOperation({
  name: 'sort',
  options: z.object({
    is_sort_index: z.boolean().default(false),
    by: oneOrMany(z.string()).nullable().optional(),
    ascending: oneOrMany(z.boolean()).default(true),
    columns: z.record(z.string(), z.boolean()).optional(),
  }),
  apply(frame, opts) {
    let keys: string[];
    let directions: boolean[];
    if (opts.columns) {
      keys = Object.keys(opts.columns);
      directions = Object.values(opts.columns);
    } else if (opts.is_sort_index) {
      keys = [...(frame.index ?? [])];
      directions = keys.map(() =>
        Array.isArray(opts.ascending) ? (opts.ascending[0] ?? true) : opts.ascending,
      );
    } else if (opts.by !== undefined && opts.by !== null && opts.by.length > 0) {
      keys = Array.isArray(opts.by) ? opts.by : [opts.by];
      const ascending = opts.ascending;
      directions = keys.map((_, i) =>
        Array.isArray(ascending) ? (ascending[i] ?? true) : ascending,
      );
    } else {
      throw invalidStep('sort', 'give option "by" (columns to sort by) or set "is_sort_index".');
    }
    requireColumns(frame, 'sort', opts.columns ? 'columns' : 'by', keys);
    const flat = keys.map((key) => columnsUnder(frame, key)[0] ?? key);
    const rows = [...frame.rows].sort((a, b) => {
      for (let i = 0; i < flat.length; i += 1) {
        const column = flat[i] as string;
        const order = compareForSort(a[column], b[column], directions[i] ?? true);
        if (order !== 0) return order;
      }
      return 0;
    });
    return { ...frame, rows };
  },
});
