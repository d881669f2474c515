import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import { toNumber, type FrameRow } from '../data-frame.js';
import { groupRows } from '../group-rows.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { ascending, mean, percentile } from '../statistics.js';

type Whiskers = (sorted: number[]) => { low: number | null; high: number | null };

function whiskersFor(type: string, percentiles: readonly number[] | null | undefined): Whiskers {
  const quartiles = (sorted: number[]) => ({
    q1: percentile(sorted, 25, 'midpoint') ?? 0,
    q3: percentile(sorted, 75, 'midpoint') ?? 0,
  });
  if (type === 'tukey') {
    return (sorted) => {
      const { q1, q3 } = quartiles(sorted);
      const reach = 1.5 * (q3 - q1);
      const inside = sorted.filter((v) => v >= q1 - reach && v <= q3 + reach);
      return { low: inside[0] ?? null, high: inside.at(-1) ?? null };
    };
  }
  if (type === 'percentile') {
    const [low, high] = percentiles ?? [];
    if (percentiles?.length !== 2 || low === undefined || high === undefined || low >= high) {
      throw invalidStep(
        'boxplot',
        'option "percentiles" must be two numbers, the first lower than the second.',
      );
    }
    return (sorted) => ({ low: percentile(sorted, low), high: percentile(sorted, high) });
  }
  if (type === 'min/max') {
    return (sorted) => ({ low: sorted[0] ?? null, high: sorted.at(-1) ?? null });
  }
  throw invalidStep(
    'boxplot',
    `option "whisker_type" must be tukey, min/max or percentile, not "${type}".`,
  );
}

const STATISTICS = ['mean', 'median', 'max', 'min', 'q1', 'q3', 'count', 'outliers'] as const;

/**
 * Box-plot statistics per group: for each metric, `<metric>__mean`, `__median`, `__max`,
 * `__min` (whiskers), `__q1`, `__q3`, `__count` and `__outliers` (values past the whiskers).
 */
export const boxplot = defineOperation({
  name: 'boxplot',
  options: z.object({
    groupby: z.array(z.string()).default([]),
    metrics: z.array(z.string()),
    whisker_type: z.string(),
    percentiles: z.array(z.number()).nullable().optional(),
  }),
  apply(frame, { groupby, metrics, whisker_type, percentiles }) {
    const whiskers = whiskersFor(whisker_type, percentiles);
    requireColumns(frame, 'boxplot', 'groupby', groupby);
    requireColumns(frame, 'boxplot', 'metrics', metrics);
    const groups =
      groupby.length > 0
        ? groupRows(frame.rows, groupby)
        : frame.rows.length > 0
          ? [{ keys: [], rows: frame.rows }]
          : [];
    const columns = [...groupby, ...STATISTICS.flatMap((s) => metrics.map((m) => `${m}__${s}`))];
    const rows = groups.map((group) => {
      const row: FrameRow = {};
      groupby.forEach((column, i) => (row[column] = group.keys[i] ?? null));
      for (const metric of metrics) {
        const values = group.rows
          .map((r) => toNumber(r[metric]))
          .filter((v): v is number => v !== null);
        const sorted = ascending(values);
        const { low, high } = whiskers(sorted);
        row[`${metric}__mean`] = mean(values);
        row[`${metric}__median`] = percentile(sorted, 50);
        row[`${metric}__max`] = high;
        row[`${metric}__min`] = low;
        row[`${metric}__q1`] = percentile(sorted, 25, 'midpoint');
        row[`${metric}__q3`] = percentile(sorted, 75, 'midpoint');
        row[`${metric}__count`] = group.rows.length;
        row[`${metric}__outliers`] = [
          ...values.filter((v) => high !== null && v > high),
          ...values.filter((v) => low !== null && v < low),
        ];
      }
      return row;
    });
    return { columns, rows };
  },
});
