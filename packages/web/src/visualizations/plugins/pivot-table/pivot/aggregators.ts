/** What an aggregated pivot cell holds: a number, the distinct values (List), or nothing. */
export type AggregateValue = number | readonly number[] | null;

/** Reduces the values falling into one pivot cell, one at a time. */
export interface Aggregator {
  push(value: number): void;
  value(): AggregateValue;
}

/** Superset's pivot table aggregation functions (`aggregateFunction`), in its order. */
export const AGGREGATE_FUNCTIONS = [
  'Count',
  'Count Unique Values',
  'List Unique Values',
  'Sum',
  'Average',
  'Median',
  'Sample Variance',
  'Sample Standard Deviation',
  'Minimum',
  'Maximum',
  'First',
  'Last',
  'Sum as Fraction of Total',
  'Sum as Fraction of Rows',
  'Sum as Fraction of Columns',
  'Count as Fraction of Total',
  'Count as Fraction of Rows',
  'Count as Fraction of Columns',
] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** What a fraction is taken of: all cells, the cell's row, or the cell's column. */
export type FractionOf = 'total' | 'row' | 'column';

const count = (): Aggregator => {
  let n = 0;
  return { push: () => (n += 1), value: () => n };
};

const sum = (): Aggregator => {
  let total = 0;
  return { push: (value) => (total += value), value: () => total };
};

const average = (): Aggregator => {
  let total = 0;
  let n = 0;
  return {
    push: (value) => {
      total += value;
      n += 1;
    },
    value: () => (n === 0 ? null : total / n),
  };
};

const collect = (reduce: (values: number[]) => AggregateValue) => (): Aggregator => {
  const values: number[] = [];
  return { push: (value) => values.push(value), value: () => reduce(values) };
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Welford's running variance with one degree of freedom removed (a sample's variance). */
const variance = (root: boolean) => (): Aggregator => {
  let n = 0;
  let mean = 0;
  let squares = 0;
  return {
    push: (value) => {
      n += 1;
      const delta = value - mean;
      mean += delta / n;
      squares += delta * (value - mean);
    },
    value: () => {
      if (n < 2) return null;
      const result = squares / (n - 1);
      return root ? Math.sqrt(result) : result;
    },
  };
};

const extreme = (pick: (a: number, b: number) => number) => (): Aggregator => {
  let result: number | null = null;
  return {
    push: (value) => (result = result === null ? value : pick(result, value)),
    value: () => result,
  };
};

const firstOrLast = (isFirst: boolean) => (): Aggregator => {
  let result: number | null = null;
  return {
    push: (value) => {
      if (!isFirst || result === null) result = value;
    },
    value: () => result,
  };
};

function distinct(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** How an aggregate function is computed: its reducer, and what a fraction divides by. */
export interface AggregateSpec {
  create: () => Aggregator;
  fractionOf?: FractionOf;
}

const SPECS: Readonly<Record<AggregateFunction, AggregateSpec>> = {
  Count: { create: count },
  'Count Unique Values': { create: collect((values) => distinct(values).length) },
  'List Unique Values': { create: collect(distinct) },
  Sum: { create: sum },
  Average: { create: average },
  Median: { create: collect(median) },
  'Sample Variance': { create: variance(false) },
  'Sample Standard Deviation': { create: variance(true) },
  Minimum: { create: extreme(Math.min) },
  Maximum: { create: extreme(Math.max) },
  First: { create: firstOrLast(true) },
  Last: { create: firstOrLast(false) },
  'Sum as Fraction of Total': { create: sum, fractionOf: 'total' },
  'Sum as Fraction of Rows': { create: sum, fractionOf: 'row' },
  'Sum as Fraction of Columns': { create: sum, fractionOf: 'column' },
  'Count as Fraction of Total': { create: count, fractionOf: 'total' },
  'Count as Fraction of Rows': { create: count, fractionOf: 'row' },
  'Count as Fraction of Columns': { create: count, fractionOf: 'column' },
};

/** The aggregate function a form value names; Sum (Superset's default) otherwise. */
export function readAggregateFunction(value: unknown): AggregateFunction {
  return AGGREGATE_FUNCTIONS.find((name) => name === value) ?? 'Sum';
}

/** How the named aggregate function is computed. */
export function getAggregateSpec(name: AggregateFunction): AggregateSpec {
  return SPECS[name];
}
