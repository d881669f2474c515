import { flatName } from './column-labels.js';
import type { DataFrame, FrameRow } from './data-frame.js';
import { valueColumns } from './data-frame.js';
import { stepFailed } from './post-processing-error.js';

/**
 * Gives a MultiIndex frame new labels per column (same order) and renames its columns to
 * their flat names; `keepLevels` false returns a flat frame.
 */
export function relabelColumns(
  frame: DataFrame,
  operation: string,
  newLabels: (column: string) => readonly (string | null)[],
  names: readonly (string | null)[],
  keepLevels: boolean,
): DataFrame {
  const index = frame.index ?? [];
  const renames = new Map<string, string>();
  const labels: Record<string, readonly (string | null)[]> = {};
  for (const column of valueColumns(frame)) {
    const next = newLabels(column);
    const name = flatName(next);
    if ([...renames.values()].includes(name) || index.includes(name)) {
      throw stepFailed(operation, `two columns would both be named "${name}".`);
    }
    renames.set(column, name);
    labels[name] = next;
  }
  const rows = frame.rows.map((row) => {
    const out: FrameRow = {};
    for (const column of index) out[column] = row[column] ?? null;
    for (const [from, to] of renames) out[to] = row[from] ?? null;
    return out;
  });
  const result: DataFrame = { columns: [...index, ...renames.values()], rows };
  if (frame.index) result.index = frame.index;
  if (keepLevels) result.columnLevels = { names, labels };
  return result;
}
