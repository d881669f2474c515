import { TIME_COMPARISON } from './ops/compare.js';
import type { DataFrame, FrameRow } from './data-frame.js';
import { parseTimeOffset, shiftDate } from './time-offset.js';
import { toDate } from './to-date.js';
import { groupKey } from './value-order.js';

/** How the offset results line up with the main one. */
export interface JoinTimeOffsetsOptions {
  timeColumn: string;
  /** Dimension columns that must match as well as the time. */
  joinColumns: readonly string[];
  /** Metric columns copied from each offset result as `<metric>__<offset>`. */
  metricLabels: readonly string[];
}

/**
 * Superset's time comparison: each offset query's times are moved forward by its offset
 * ("1 year ago" -> +1 year) so they line up with the main rows, then joined on time and the
 * join columns (a left join: main rows stay, in order); its metrics arrive as
 * `<metric>__<offset>`, e.g. `SUM(num)__1 year ago`, empty where nothing matched.
 */
export function joinTimeOffsets(
  main: DataFrame,
  offsets: readonly { offset: string; frame: DataFrame }[],
  { timeColumn, joinColumns, metricLabels }: JoinTimeOffsetsOptions,
): DataFrame {
  const keyOf = (row: FrameRow, shift?: (d: Date) => Date) => {
    const time = toDate(row[timeColumn]);
    const at = time && shift ? shift(time) : time;
    return groupKey([at, ...joinColumns.map((column) => row[column] ?? null)]);
  };
  let rows: FrameRow[] = main.rows.map((row) => ({ ...row }));
  const columns = [...main.columns];
  for (const { offset, frame } of offsets) {
    const parsed = parseTimeOffset(offset);
    const byKey = new Map<string, FrameRow[]>();
    for (const row of frame.rows) {
      const key = keyOf(row, (d) => shiftDate(d, parsed, -1));
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    const names = metricLabels.map((metric) => `${metric}${TIME_COMPARISON}${offset}`);
    columns.push(...names.filter((name) => !columns.includes(name)));
    rows = rows.flatMap((row) => {
      const matches = byKey.get(keyOf(row)) ?? [undefined];
      return matches.map((match) => {
        const joined = { ...row };
        metricLabels.forEach((metric, i) => (joined[names[i] as string] = match?.[metric] ?? null));
        return joined;
      });
    });
  }
  return { columns, rows };
}
