import { z } from 'zod';
import { requireColumns } from '../column-check.js';
import {
  toNumber,
  valueColumns,
  type DataFrame,
  type FrameCell,
  type FrameRow,
} from '../data-frame.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { parseResampleRule, resampleBins } from '../resample-rule.js';
import { ascending, mean, percentile } from '../statistics.js';
import { toDate } from '../to-date.js';

/** Superset's `RESAMPLE_METHOD`. */
export const RESAMPLE_METHODS = [
  'asfreq',
  'bfill',
  'ffill',
  'linear',
  'median',
  'mean',
  'sum',
] as const;

const options = z.object({
  rule: z.string(),
  method: z.string(),
  fill_value: z.number().nullable().optional(),
  time_column: z.string().nullable().optional(),
  time_range_start: z.string().nullable().optional(),
  time_range_end: z.string().nullable().optional(),
});

type Timed = { at: number; row: FrameRow };

function aggregateBin(rows: readonly FrameRow[], column: string, method: string): FrameCell {
  const values = rows.map((r) => toNumber(r[column])).filter((v): v is number => v !== null);
  if (method === 'sum') return values.reduce((a, b) => a + b, 0);
  if (method === 'mean') return mean(values);
  return percentile(ascending(values), 50);
}

/** pandas' `interpolate()`: linear between present values; leading gaps stay, trailing take the last. */
function interpolate(values: (number | null)[]): (number | null)[] {
  const out = [...values];
  let last = -1;
  out.forEach((value, i) => {
    if (value === null) return;
    if (last >= 0 && i - last > 1) {
      const from = out[last] as number;
      for (let k = last + 1; k < i; k += 1)
        out[k] = from + ((value - from) * (k - last)) / (i - last);
    }
    last = i;
  });
  if (last >= 0) for (let k = last + 1; k < out.length; k += 1) out[k] = out[last] as number;
  return out;
}

function fillDirection(cells: FrameCell[], forward: boolean): FrameCell[] {
  const out = [...cells];
  const order = forward ? out.keys() : [...out.keys()].reverse();
  let carry: FrameCell = null;
  for (const i of order) {
    if (out[i] === null || out[i] === undefined) out[i] = carry;
    else carry = out[i];
  }
  return out;
}

/**
 * Puts a time series on a regular grid (`1D`, `1W`, `1M`, `MS`, `1AS`, ...): `asfreq` keeps
 * values at grid points (with `fill_value` for the gaps), `ffill`/`bfill` carry values,
 * `linear` interpolates, `sum`/`mean`/`median` aggregate each bin.
 */
export const resample = defineOperation({
  name: 'resample',
  options,
  apply(frame, opts) {
    if (!(RESAMPLE_METHODS as readonly string[]).includes(opts.method)) {
      throw invalidStep(
        'resample',
        `option "method" must be one of ${RESAMPLE_METHODS.join(', ')}.`,
      );
    }
    const rule = parseResampleRule(opts.rule);
    if (!rule)
      throw invalidStep(
        'resample',
        `option "rule" is not a known frequency: "${opts.rule}" (e.g. 1D, 1W, 1M).`,
      );
    const timeColumn = frame.index?.length === 1 ? frame.index[0] : (opts.time_column ?? undefined);
    if (!timeColumn) {
      throw invalidStep(
        'resample',
        'needs a time index: run pivot first or give option "time_column".',
      );
    }
    requireColumns(frame, 'resample', 'time_column', [timeColumn]);
    const timed: Timed[] = frame.rows
      .map((row) => ({ at: toDate(row[timeColumn])?.getTime() ?? Number.NaN, row }))
      .filter((entry) => !Number.isNaN(entry.at))
      .sort((a, b) => a.at - b.at);
    const first = timed[0];
    const last = timed.at(-1);
    if (!first || !last) return frame;
    const start = opts.time_range_start ? toDate(opts.time_range_start) : null;
    const end = opts.time_range_end ? toDate(opts.time_range_end) : null;
    const zeroFill =
      opts.method === 'asfreq' && opts.fill_value !== null && opts.fill_value !== undefined;
    const bins = resampleBins(
      rule,
      first.at,
      last.at,
      zeroFill && start ? start.getTime() : undefined,
    );
    let labels = bins.labels;
    if (zeroFill && start && end) {
      const grid = resampleBins(rule, start.getTime(), end.getTime() - 1, start.getTime()).labels;
      labels = [
        ...new Set([
          ...labels,
          ...grid.filter((at) => at >= start.getTime() && at < end.getTime()),
        ]),
      ].sort((a, b) => a - b);
    }
    const values = valueColumns(frame).filter((column) => column !== timeColumn);
    const cells = new Map<string, FrameCell[]>(values.map((column) => [column, []]));
    const exact = new Map<number, FrameRow>();
    const binned = new Map<number, FrameRow[]>();
    for (const t of timed) {
      if (!exact.has(t.at)) exact.set(t.at, t.row);
      const label = bins.labelOf(t.at);
      binned.set(label, [...(binned.get(label) ?? []), t.row]);
    }
    let next = 0;
    for (const label of labels) {
      while (next < timed.length && (timed[next] as Timed).at <= label) next += 1;
      const source = sourceRow(opts.method, label, next, timed, exact);
      for (const column of values) {
        const cell = isAggregating(opts.method)
          ? aggregateBin(binned.get(label) ?? [], column, opts.method)
          : (source?.[column] ?? null);
        cells.get(column)?.push(cell);
      }
    }
    for (const column of values) {
      let series = cells.get(column) ?? [];
      if (opts.method === 'ffill' || opts.method === 'bfill')
        series = fillDirection(series, opts.method === 'ffill');
      if (opts.method === 'linear') series = interpolate(series.map((v) => toNumber(v)));
      if (zeroFill) series = series.map((v) => v ?? (opts.fill_value as number));
      cells.set(column, series);
    }
    const rows = labels.map((label, i) => {
      const row: FrameRow = { [timeColumn]: new Date(label) };
      for (const column of values) row[column] = cells.get(column)?.[i] ?? null;
      return row;
    });
    const result: DataFrame = { ...frame, columns: [timeColumn, ...values], rows };
    return result;
  },
});

function isAggregating(method: string): boolean {
  return method === 'sum' || method === 'mean' || method === 'median';
}

/** The row a grid point takes its values from; `after` is the count of rows at or before it. */
function sourceRow(
  method: string,
  label: number,
  after: number,
  timed: readonly Timed[],
  exact: ReadonlyMap<number, FrameRow>,
): FrameRow | undefined {
  if (method === 'ffill') return timed[after - 1]?.row;
  if (method === 'bfill') return exact.get(label) ?? timed[after]?.row;
  return exact.get(label);
}
