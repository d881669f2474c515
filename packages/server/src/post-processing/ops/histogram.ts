import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import { isMissing, toNumber, type DataFrame, type FrameRow } from '../data-frame.js';
import { groupRows } from '../group-rows.js';
import { defineOperation } from '../operation.js';
import { invalidStep, stepFailed } from '../post-processing-error.js';
import { pythonFloat } from '../python-float.js';

/** Upper bound on bins, as Superset's `MAX_HISTOGRAM_BINS`. */
export const MAX_HISTOGRAM_BINS = 1000;

/** numpy's `histogram_bin_edges` for a bin count: equal widths; a single value spans +-0.5. */
function binEdges(values: readonly number[], bins: number): number[] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  return Array.from({ length: bins + 1 }, (_, i) =>
    i === bins ? high : low + ((high - low) * i) / bins,
  );
}

/** Counts per bin; the last bin includes its right edge, as numpy's. */
function counts(
  values: readonly number[],
  edges: readonly number[],
  cumulative: boolean,
): number[] {
  const bins = edges.length - 1;
  const low = edges[0] as number;
  const high = edges[bins] as number;
  const result = new Array<number>(bins).fill(0);
  for (const value of values) {
    if (value < low || value > high) continue;
    let bin = Math.floor(((value - low) / (high - low)) * bins);
    if (bin >= bins) bin = bins - 1;
    while (bin > 0 && value < (edges[bin] as number)) bin -= 1;
    while (bin < bins - 1 && value >= (edges[bin + 1] as number)) bin += 1;
    result[bin] = (result[bin] as number) + 1;
  }
  if (!cumulative) return result;
  let running = 0;
  return result.map((count) => (running += count));
}

/** Counts of `column` in equal-width bins (per group), named `"<low> - <high>"`. */
export const histogram = defineOperation({
  name: 'histogram',
  options: z.object({
    column: z.string(),
    groupby: z.array(z.string()).nullable().optional(),
    bins: z.number().default(5),
    cumulative: z.boolean().default(false),
    normalize: z.boolean().default(false),
  }),
  apply(frame, { column, groupby, bins, cumulative, normalize }) {
    if (!Number.isInteger(bins) || bins < 1 || bins > MAX_HISTOGRAM_BINS) {
      throw invalidStep(
        'histogram',
        `option "bins" must be an integer between 1 and ${MAX_HISTOGRAM_BINS}.`,
      );
    }
    const groups = groupby ?? [];
    requireColumns(frame, 'histogram', 'column', [column]);
    requireColumns(frame, 'histogram', 'groupby', groups);
    const rows = frame.rows.filter((row) => !isMissing(row[column]));
    if (rows.length === 0) return { columns: frame.columns, rows: [] };
    const values = rows.map((row) => toNumber(row[column]));
    if (values.some((value) => value === null)) {
      throw stepFailed('histogram', `column "${column}" contains non-numeric values.`);
    }
    const edges = binEdges(values as number[], bins);
    const labels = edges
      .slice(0, -1)
      .map((edge, i) => `${pythonFloat(edge)} - ${pythonFloat(edges[i + 1] as number)}`);
    const series = groups.length === 0 ? [{ keys: [], rows }] : groupRows(rows, groups);
    const table = series.map((group) => ({
      keys: group.keys,
      counts: counts(
        group.rows.map((row) => toNumber(row[column]) as number),
        edges,
        cumulative,
      ),
    }));
    const total = table.reduce((sum, entry) => sum + entry.counts.reduce((a, b) => a + b, 0), 0);
    const out: FrameRow[] = table.map((entry) => {
      const row: FrameRow = {};
      groups.forEach((g, i) => (row[g] = entry.keys[i] ?? null));
      labels.forEach((label, i) => {
        const count = entry.counts[i] ?? 0;
        row[label] = normalize ? count / total : count;
      });
      return row;
    });
    const result: DataFrame = { columns: [...groups, ...labels], rows: out };
    return result;
  },
});
