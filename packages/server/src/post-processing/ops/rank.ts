import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import { toNumber, type FrameRow } from '../data-frame.js';
import { groupRows } from '../group-rows.js';
import { defineOperation } from '../operation.js';

/** pandas' `rank(pct=True)`: average rank of ties, divided by the count of present values. */
function percentRanks(
  rows: readonly FrameRow[],
  metric: string,
  into: Map<FrameRow, number>,
): void {
  const present = rows
    .map((row) => ({ row, value: toNumber(row[metric]) }))
    .filter((entry): entry is { row: FrameRow; value: number } => entry.value !== null)
    .sort((a, b) => a.value - b.value);
  let i = 0;
  while (i < present.length) {
    let j = i;
    while (j + 1 < present.length && present[j + 1]?.value === present[i]?.value) j += 1;
    const averageRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1)
      into.set((present[k] as { row: FrameRow }).row, averageRank / present.length);
    i = j + 1;
  }
}

/** Adds a `rank` column: the metric's percentile rank, overall or within `group_by`. */
export const rank = defineOperation({
  name: 'rank',
  options: z.object({ metric: z.string(), group_by: z.string().nullable().optional() }),
  apply(frame, { metric, group_by }) {
    requireColumns(frame, 'rank', 'metric', [metric]);
    if (group_by) requireColumns(frame, 'rank', 'group_by', [group_by]);
    const ranks = new Map<FrameRow, number>();
    if (group_by) {
      for (const group of groupRows(frame.rows, [group_by]))
        percentRanks(group.rows, metric, ranks);
    } else {
      percentRanks(frame.rows, metric, ranks);
    }
    const columns = frame.columns.includes('rank') ? frame.columns : [...frame.columns, 'rank'];
    return {
      ...frame,
      columns,
      rows: frame.rows.map((row) => ({ ...row, rank: ranks.get(row) ?? null })),
    };
  },
});
