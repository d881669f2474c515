import { z } from 'zod';
import {
  aggregatesOption,
  resolveAggregates,
  type ResolvedAggregate,
} from '../aggregates-option.js';
import { requireColumns } from '../column-check.js';
import { flatName, labelOf } from '../column-labels.js';
import type { DataFrame, FrameCell, FrameRow } from '../data-frame.js';
import { groupRows, type RowGroup } from '../group-rows.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { compareTuples, groupKey } from '../value-order.js';

/** Superset's `NULL_STRING`: what a missing pivoted-column value is called. */
export const NULL_STRING = '<NULL>';

const options = z.object({
  index: z.array(z.string()),
  columns: z.array(z.string()).default([]),
  aggregates: aggregatesOption,
  metric_fill_value: z.number().nullable().optional(),
  column_fill_value: z.string().nullable().default(NULL_STRING),
  drop_missing_columns: z.boolean().default(true),
  combine_value_with_metric: z.boolean().default(false),
  marginal_distributions: z.boolean().nullable().optional(),
  marginal_distribution_name: z.string().nullable().optional(),
});
type PivotOptions = z.infer<typeof options>;

/** One output column before naming: its labels (metric first) and its cells per row key. */
interface PivotColumn {
  labels: FrameCell[];
  cells: Map<string, FrameCell>;
}

function reduceGroup(rows: readonly FrameRow[], aggregate: ResolvedAggregate): number | null {
  return aggregate.reduce(
    rows.map((row) => row[aggregate.column] ?? null),
    aggregate.options,
  );
}

/** pandas' pivot_table: aggregates per (index, columns) group, one column per metric x combo. */
function pivotColumns(
  groups: RowGroup[],
  metrics: ResolvedAggregate[],
  indexWidth: number,
  opts: PivotOptions,
): PivotColumn[] {
  const columns = new Map<string, PivotColumn>();
  for (const group of groups) {
    const values = metrics.map((metric) => reduceGroup(group.rows, metric));
    // pandas drops a group whose metrics are all missing (its columns may be restored below).
    const isDropped = opts.drop_missing_columns && values.every((value) => value === null);
    const rowKey = groupKey(group.keys.slice(0, indexWidth));
    const combo = group.keys.slice(indexWidth);
    metrics.forEach((metric, i) => {
      const labels = [metric.column, ...combo];
      const id = groupKey(labels);
      let column = columns.get(id);
      if (!column) {
        column = { labels, cells: new Map() };
        columns.set(id, column);
      }
      if (!isDropped) column.cells.set(rowKey, values[i] ?? null);
    });
  }
  let result = [...columns.values()].sort((a, b) => compareTuples(a.labels, b.labels));
  if (opts.drop_missing_columns) {
    const kept = result.filter((c) => [...c.cells.values()].some((v) => v !== null));
    // A metric left with no column at all keeps its columns (all empty), so later steps
    // that name it still find it.
    const restored = result.filter((c) => !kept.some((k) => k.labels[0] === c.labels[0]));
    result = [...kept, ...restored].sort((a, b) => compareTuples(a.labels, b.labels));
  }
  return result;
}

/** pandas' margins: per metric, a column `(metric, name)` aggregating each index group. */
function marginColumns(
  rows: FrameRow[],
  metrics: ResolvedAggregate[],
  opts: PivotOptions,
  name: string,
): PivotColumn[] {
  const indexGroups = groupRows(rows, opts.index);
  const columns = metrics.map((metric) => {
    const cells = new Map<string, FrameCell>();
    for (const group of indexGroups)
      cells.set(groupKey(group.keys), reduceGroup(group.rows, metric));
    const labels: FrameCell[] = [metric.column, name, ...opts.columns.slice(1).map(() => '')];
    return { labels, cells };
  });
  return columns;
}

/** Pivots rows into one column per metric and combination of `columns` values. */
export const pivot = defineOperation({
  name: 'pivot',
  options,
  apply(frame, opts) {
    if (opts.index.length === 0) {
      throw invalidStep('pivot', 'option "index" needs at least one column.');
    }
    if (Object.keys(opts.aggregates).length === 0) {
      throw invalidStep('pivot', 'option "aggregates" needs at least one aggregate.');
    }
    requireColumns(frame, 'pivot', 'index', opts.index);
    requireColumns(frame, 'pivot', 'columns', opts.columns);
    const fill = opts.column_fill_value;
    const rows =
      opts.columns.length > 0 && fill
        ? frame.rows.map((row) => {
            const filled = { ...row };
            for (const column of opts.columns) filled[column] ??= fill;
            return filled;
          })
        : frame.rows;
    // As pandas' dict aggfunc: one aggregate per source column, the last one winning.
    const byColumn = new Map<string, ResolvedAggregate>();
    for (const aggregate of resolveAggregates(frame, 'pivot', opts.aggregates)) {
      byColumn.set(aggregate.column, aggregate);
    }
    const metrics = [...byColumn.values()];
    const groups = groupRows(rows, [...opts.index, ...opts.columns]);
    let columns = pivotColumns(groups, metrics, opts.index.length, opts);
    const rowKeys = groupRows(rows, opts.index).map((group) => group.keys);
    const usedKeys = new Set(columns.flatMap((c) => [...c.cells.keys()]));
    let indexRows = rowKeys.filter((keys) => usedKeys.has(groupKey(keys)) || columns.length === 0);
    if (opts.marginal_distributions) {
      const name = opts.marginal_distribution_name ?? 'All';
      columns = [...columns, ...marginColumns(rows, metrics, opts, name)];
      indexRows = addMarginRow(indexRows, columns, rows, metrics, opts, name);
    }
    if (opts.combine_value_with_metric && opts.columns.length > 0) {
      columns = columns
        .map((c) => ({ ...c, labels: [...c.labels.slice(1), c.labels[0] ?? null] }))
        .sort((a, b) => compareTuples(a.labels, b.labels));
    }
    return buildFrame(opts, indexRows, columns);
  },
});

/** pandas' margins: a last row `name` aggregating every row of each column's combination. */
function addMarginRow(
  indexRows: FrameCell[][],
  columns: PivotColumn[],
  rows: FrameRow[],
  metrics: ResolvedAggregate[],
  opts: PivotOptions,
  name: string,
): FrameCell[][] {
  const keys: FrameCell[] = [name, ...opts.index.slice(1).map(() => '')];
  const rowKey = groupKey(keys);
  for (const column of columns) {
    const metric = metrics.find((m) => m.column === column.labels[0]);
    if (!metric) continue;
    const combo = column.labels.slice(1);
    const isMarginColumn = combo[0] === name;
    const matching = isMarginColumn
      ? rows
      : rows.filter((row) =>
          opts.columns.every((c, i) => groupKey([row[c] ?? null]) === groupKey([combo[i] ?? null])),
        );
    column.cells.set(rowKey, reduceGroup(matching, metric));
  }
  return [...indexRows, keys];
}

function buildFrame(
  opts: PivotOptions,
  indexRows: FrameCell[][],
  columns: PivotColumn[],
): DataFrame {
  const isMulti = opts.columns.length > 0;
  const named = columns.map((column) => {
    const labels = column.labels.map((label) => (label === null ? null : labelOf(label)));
    return { name: isMulti ? flatName(labels) : (labels[0] ?? ''), labels, column };
  });
  const fillValue = opts.metric_fill_value ?? null;
  const rows = indexRows.map((keys) => {
    const row: FrameRow = {};
    opts.index.forEach((column, i) => (row[column] = keys[i] ?? null));
    const rowKey = groupKey(keys);
    for (const { name, column } of named) row[name] = column.cells.get(rowKey) ?? fillValue;
    return row;
  });
  const frame: DataFrame = {
    columns: [...opts.index, ...named.map((n) => n.name)],
    rows,
    index: opts.index,
  };
  if (!isMulti) return frame;
  const levelNames = opts.combine_value_with_metric
    ? [...opts.columns, null]
    : [null, ...opts.columns];
  return {
    ...frame,
    columnLevels: {
      names: levelNames,
      labels: Object.fromEntries(named.map((n) => [n.name, n.labels])),
    },
  };
}
