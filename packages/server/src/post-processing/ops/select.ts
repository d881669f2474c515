import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import type { FrameRow } from '../data-frame.js';
import { defineOperation } from '../operation.js';
import { missingColumnsError, stepFailed } from '../post-processing-error.js';

/** Keeps, drops, reorders and renames columns. */
export const select = defineOperation({
  name: 'select',
  options: z.object({
    columns: z.array(z.string()).nullable().optional(),
    exclude: z.array(z.string()).nullable().optional(),
    rename: z.record(z.string(), z.string()).nullable().optional(),
  }),
  apply(frame, { columns, exclude, rename }) {
    requireColumns(frame, 'select', 'columns', columns ?? []);
    requireColumns(frame, 'select', 'exclude', exclude ?? []);
    requireColumns(frame, 'select', 'rename', Object.keys(rename ?? {}));
    let kept = columns && columns.length > 0 ? [...columns] : [...frame.columns];
    if (exclude && exclude.length > 0) {
      const missing = exclude.filter((column) => !kept.includes(column));
      if (missing.length > 0) throw missingColumnsError('select', 'exclude', missing);
      kept = kept.filter((column) => !exclude.includes(column));
    }
    const names = kept.map((column) => rename?.[column] ?? column);
    if (new Set(names).size !== names.length)
      throw stepFailed('select', 'two columns would have the same name.');
    const rows = frame.rows.map((row) => {
      const out: FrameRow = {};
      kept.forEach((column, i) => (out[names[i] ?? column] = row[column] ?? null));
      return out;
    });
    return { columns: names, rows };
  },
});
