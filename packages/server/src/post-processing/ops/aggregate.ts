import { z } from 'zod';
import { aggregatesOption, resolveAggregates } from '../aggregates-option.js';
import { requireColumns } from '../column-check.js';
import type { FrameRow } from '../data-frame.js';
import { groupRows } from '../group-rows.js';
import { defineOperation } from '../operation.js';

/** Groups the rows and reduces each group with numpy-style aggregates. */
export const aggregate = defineOperation({
  name: 'aggregate',
  options: z.object({
    groupby: z.array(z.string()).default([]),
    aggregates: aggregatesOption.default({}),
  }),
  apply(frame, { groupby, aggregates }) {
    requireColumns(frame, 'aggregate', 'groupby', groupby);
    const resolved = resolveAggregates(frame, 'aggregate', aggregates);
    const groups =
      groupby.length > 0
        ? groupRows(frame.rows, groupby)
        : frame.rows.length > 0
          ? [{ keys: [], rows: frame.rows }]
          : [];
    const rows = groups.map((group) => {
      const row: FrameRow = {};
      groupby.forEach((column, i) => (row[column] = group.keys[i] ?? null));
      for (const agg of resolved) {
        row[agg.name] = agg.reduce(
          group.rows.map((r) => r[agg.column] ?? null),
          agg.options,
        );
      }
      return row;
    });
    return { columns: [...groupby, ...resolved.map((agg) => agg.name)], rows };
  },
});
