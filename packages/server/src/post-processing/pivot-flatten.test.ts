import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, day, frameOf } from './test-frames.js';

const sales = frameOf([
  { __timestamp: day('2024-01-02'), gender: 'girl', region: 'a, b', 'SUM(num)': 3 },
  { __timestamp: day('2024-01-01'), gender: 'boy', region: 'c', 'SUM(num)': 1 },
  { __timestamp: day('2024-01-01'), gender: 'girl', region: 'c', 'SUM(num)': 2 },
  { __timestamp: day('2024-01-02'), gender: 'boy', region: 'c', 'SUM(num)': 4 },
  { __timestamp: null, gender: 'boy', region: 'c', 'SUM(num)': 100 },
  { __timestamp: day('2024-01-02'), gender: null, region: 'c', 'SUM(num)': 5 },
]);
const pivotBy = (columns: string[], extra: Record<string, unknown> = {}) => ({
  operation: 'pivot',
  options: {
    index: ['__timestamp'],
    columns,
    aggregates: { 'SUM(num)': { operator: 'mean' } },
    drop_missing_columns: false,
    ...extra,
  },
});

describe('pivot then flatten (a time series by a dimension)', () => {
  it('gives __timestamp plus one "metric, value" column per series, rows sorted by time', () => {
    const result = applyPostProcessing(sales, [pivotBy(['gender']), { operation: 'flatten' }]);
    expect(result.columns).toEqual([
      '__timestamp',
      'SUM(num), <NULL>',
      'SUM(num), boy',
      'SUM(num), girl',
    ]);
    expect(columnOf(result, '__timestamp')).toEqual([day('2024-01-01'), day('2024-01-02')]);
    expect(columnOf(result, 'SUM(num), boy')).toEqual([1, 4]);
    expect(columnOf(result, 'SUM(num), <NULL>')).toEqual([null, 5]);
  });

  it('names a column by the series value alone once rename drops the metric level', () => {
    const result = applyPostProcessing(sales, [
      pivotBy(['gender']),
      { operation: 'rename', options: { columns: { 'SUM(num)': null }, level: 0, inplace: true } },
      { operation: 'flatten' },
    ]);
    expect(result.columns).toEqual(['__timestamp', '<NULL>', 'boy', 'girl']);
    expect(columnOf(result, 'girl')).toEqual([2, 3]);
  });

  it('escapes a comma inside a series value and joins several series columns with ", "', () => {
    const result = applyPostProcessing(sales, [
      pivotBy(['gender', 'region']),
      { operation: 'flatten' },
    ]);
    expect(result.columns).toContain('SUM(num), girl, a\\, b');
    expect(result.columns).toContain('SUM(num), boy, c');
    // Only combinations present in the data, not the cartesian product.
    expect(result.columns).not.toContain('SUM(num), boy, a\\, b');
  });

  it('without series columns keeps one plain column per metric', () => {
    const result = applyPostProcessing(sales, [
      {
        operation: 'pivot',
        options: { index: ['__timestamp'], aggregates: { 'SUM(num)': { operator: 'sum' } } },
      },
      { operation: 'flatten' },
    ]);
    expect(result.columns).toEqual(['__timestamp', 'SUM(num)']);
    expect(columnOf(result, 'SUM(num)')).toEqual([3, 12]);
  });

  it('fills missing cells with metric_fill_value and drops all-empty columns by default', () => {
    const frame = frameOf([
      { d: 'x', s: 'a', m: 1 },
      { d: 'y', s: 'b', m: null },
    ]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'pivot',
        options: {
          index: ['d'],
          columns: ['s'],
          aggregates: { m: { operator: 'sum' } },
          metric_fill_value: 0,
        },
      },
    ]);
    expect(result.columns).toEqual(['d', 'm, a', 'm, b']);
    expect(result.rows).toEqual([
      { d: 'x', 'm, a': 1, 'm, b': 0 },
      { d: 'y', 'm, a': 0, 'm, b': 0 },
    ]);
  });

  it('keeps an all-empty metric instead of losing it, so later steps still find it', () => {
    const frame = frameOf([
      { t: 1, s: 'A', m: null },
      { t: 1, s: 'B', m: null },
    ]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'pivot',
        options: { index: ['t'], columns: ['s'], aggregates: { m: { operator: 'mean' } } },
      },
    ]);
    expect(result.columns).toEqual(['t', 'm, A', 'm, B']);
  });

  it('puts the metric last with combine_value_with_metric', () => {
    const frame = frameOf([{ t: 1, s: 'A', m1: 1, m2: 2 }]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'pivot',
        options: {
          index: ['t'],
          columns: ['s'],
          aggregates: { m1: { operator: 'sum' }, m2: { operator: 'sum' } },
          combine_value_with_metric: true,
        },
      },
    ]);
    expect(result.columns).toEqual(['t', 'A, m1', 'A, m2']);
  });

  it('adds margins when marginal_distributions is set', () => {
    const frame = frameOf([
      { r: 'r1', c: 'c1', v: 10 },
      { r: 'r1', c: 'c2', v: 20 },
      { r: 'r2', c: 'c1', v: 30 },
      { r: 'r2', c: 'c2', v: 40 },
    ]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'pivot',
        options: {
          index: ['r'],
          columns: ['c'],
          aggregates: { v: { operator: 'sum' } },
          marginal_distributions: true,
        },
      },
    ]);
    expect(result.columns).toEqual(['r', 'v, c1', 'v, c2', 'v, All']);
    expect(result.rows.at(-1)).toEqual({ r: 'All', 'v, c1': 40, 'v, c2': 60, 'v, All': 100 });
    expect(columnOf(result, 'v, All')).toEqual([30, 70, 100]);
  });

  it('refuses an unknown index column and a missing aggregate operator, naming them', () => {
    expect(() =>
      applyPostProcessing(sales, [
        {
          operation: 'pivot',
          options: { index: ['nope'], aggregates: { 'SUM(num)': { operator: 'sum' } } },
        },
      ]),
    ).toThrow(/pivot.*"nope"/);
    expect(() =>
      applyPostProcessing(sales, [
        { operation: 'pivot', options: { index: ['gender'], aggregates: { 'SUM(num)': {} } } },
      ]),
    ).toThrow(/pivot.*aggregates\.SUM\(num\)\.operator/);
  });

  it('gives an empty frame for empty input', () => {
    const result = applyPostProcessing(
      { columns: ['__timestamp', 'gender', 'SUM(num)'], rows: [] },
      [pivotBy(['gender']), { operation: 'flatten' }],
    );
    expect(result.rows).toEqual([]);
  });
});
