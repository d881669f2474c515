import { flatName } from './column-labels.js';
import { columnsUnder, toNumber, type DataFrame, type FrameRow } from './data-frame.js';
import { requireColumns } from './column-check.js';

/** Computes a whole column from its values, row by row in frame order. */
export type SeriesTransform = (values: (number | null)[]) => (number | null)[];

/**
 * Superset's `_append_columns` around a per-column computation: `columns` maps a source to a
 * target; `{y: 'y'}` replaces `y`, `{y: 'y2'}` adds `y2` and leaves `y`. On a pivoted frame a
 * source is a metric and covers every column under it.
 */
export function transformColumns(
  frame: DataFrame,
  operation: string,
  columns: Readonly<Record<string, string>>,
  transform: SeriesTransform,
): DataFrame {
  requireColumns(frame, operation, 'columns', Object.keys(columns));
  const rows: FrameRow[] = frame.rows.map((row) => ({ ...row }));
  const added: string[] = [];
  const addedLabels: Record<string, readonly (string | null)[]> = {};
  const levels = frame.columnLevels;
  for (const [source, target] of Object.entries(columns)) {
    for (const column of columnsUnder(frame, source)) {
      const result = transform(frame.rows.map((row) => toNumber(row[column])));
      let name = column;
      if (target !== source) {
        const labels = levels?.labels[column];
        const targetLabels = labels ? [target, ...labels.slice(1)] : undefined;
        name = targetLabels ? flatName(targetLabels) : target;
        if (targetLabels) addedLabels[name] = targetLabels;
        if (!frame.columns.includes(name) && !added.includes(name)) added.push(name);
      }
      rows.forEach((row, i) => (row[name] = result[i] ?? null));
    }
  }
  const out: DataFrame = { ...frame, columns: [...frame.columns, ...added], rows };
  if (levels && added.length > 0) {
    out.columnLevels = { names: levels.names, labels: { ...levels.labels, ...addedLabels } };
  }
  return out;
}
