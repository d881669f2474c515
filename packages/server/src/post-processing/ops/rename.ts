import { z } from 'zod';
import type { DataFrame, FrameRow } from '../data-frame.js';
import { valueColumns } from '../data-frame.js';
import { levelNumber } from '../level-of.js';
import { defineOperation } from '../operation.js';
import { invalidStep, missingColumnsError, stepFailed } from '../post-processing-error.js';
import { relabelColumns } from '../relabel-columns.js';

const options = z.object({
  columns: z.record(z.string(), z.string().nullable()).default({}),
  inplace: z.boolean().optional(),
  level: z.union([z.number().int(), z.string()]).nullable().optional(),
});

function renameFlat(frame: DataFrame, columns: Record<string, string | null>): DataFrame {
  const renames = new Map<string, string>();
  for (const [from, to] of Object.entries(columns)) {
    if (to === null)
      throw invalidStep(
        'rename',
        `column "${from}" can be renamed to null only on a pivoted (MultiIndex) result.`,
      );
    renames.set(from, to);
  }
  const names = frame.columns.map((column) => renames.get(column) ?? column);
  if (new Set(names).size !== names.length)
    throw stepFailed('rename', 'two columns would have the same name.');
  const renamed: DataFrame = {
    columns: names,
    rows: frame.rows.map((row) => {
      const out: FrameRow = {};
      frame.columns.forEach((column, i) => (out[names[i] ?? column] = row[column] ?? null));
      return out;
    }),
  };
  if (frame.index) renamed.index = frame.index.map((column) => renames.get(column) ?? column);
  return renamed;
}

/** Renames columns, or (with `level`) the labels of one MultiIndex level; null drops a label. */
export const rename = defineOperation({
  name: 'rename',
  options,
  apply(frame, { columns, level }) {
    const entries = Object.entries(columns);
    if (entries.length === 0) return frame;
    const levels = frame.columnLevels;
    const position = levels ? levelNumber(levels, level ?? 0) : 0;
    if (levels && position < 0)
      throw invalidStep('rename', `option "level" names no level: ${JSON.stringify(level)}.`);
    const current = levels
      ? valueColumns(frame).map((c) => levels.labels[c]?.[position] ?? null)
      : frame.columns;
    const missing = entries.map(([from]) => from).filter((from) => !current.includes(from));
    if (missing.length > 0) throw missingColumnsError('rename', 'columns', missing);
    if (entries.every(([, to]) => to !== null && current.includes(to))) {
      throw stepFailed(
        'rename',
        'every new name is already a label of that level ("Label already exists").',
      );
    }
    if (!levels) return renameFlat(frame, columns);
    return relabelColumns(
      frame,
      'rename',
      (column) => {
        const labels = [...(levels.labels[column] ?? [])];
        const label = labels[position] ?? null;
        if (label !== null && Object.hasOwn(columns, label))
          labels[position] = columns[label] ?? null;
        return labels;
      },
      levels.names,
      true,
    );
  },
});
