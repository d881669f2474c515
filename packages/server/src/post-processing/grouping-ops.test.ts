import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, frameOf } from './test-frames.js';

const people = frameOf([
  { dept: 'b', name: 'x', age: 30 },
  { dept: 'a', name: 'y', age: 20 },
  { dept: 'a', name: 'z', age: null },
  { dept: null, name: 'w', age: 99 },
  { dept: 'b', name: 'v', age: 50 },
]);

describe('aggregate', () => {
  it('groups (sorted, missing keys left out) and applies numpy operators', () => {
    const result = applyPostProcessing(people, [
      {
        operation: 'aggregate',
        options: {
          groupby: ['dept'],
          aggregates: {
            total: { operator: 'sum', column: 'age' },
            avg: { operator: 'mean', column: 'age' },
            rows: { operator: 'count', column: 'age' },
            p50: { operator: 'percentile', column: 'age', options: { q: 50 } },
          },
        },
      },
    ]);
    expect(result.rows).toEqual([
      { dept: 'a', total: 20, avg: 20, rows: 2, p50: null },
      { dept: 'b', total: 80, avg: 40, rows: 2, p50: 40 },
    ]);
  });

  it('refuses an unknown operator and an undefined column by name', () => {
    expect(() =>
      applyPostProcessing(people, [
        {
          operation: 'aggregate',
          options: { aggregates: { x: { operator: 'mode', column: 'age' } } },
        },
      ]),
    ).toThrow(/invalid operator "mode"/);
    expect(() =>
      applyPostProcessing(people, [
        { operation: 'aggregate', options: { aggregates: { x: { operator: 'sum' } } } },
      ]),
    ).toThrow(/undefined: "x"/);
  });
});

describe('boxplot', () => {
  const values = frameOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 100].map((v) => ({ g: 'a', v })));

  it('gives the eight statistics per metric, with Tukey whiskers and outliers', () => {
    const result = applyPostProcessing(values, [
      { operation: 'boxplot', options: { groupby: ['g'], metrics: ['v'], whisker_type: 'tukey' } },
    ]);
    expect(result.columns).toEqual([
      'g',
      'v__mean',
      'v__median',
      'v__max',
      'v__min',
      'v__q1',
      'v__q3',
      'v__count',
      'v__outliers',
    ]);
    expect(result.rows[0]).toEqual({
      g: 'a',
      v__mean: 14.5,
      v__median: 5.5,
      v__max: 9,
      v__min: 1,
      v__q1: 3.5,
      v__q3: 7.5,
      v__count: 10,
      v__outliers: [100],
    });
  });

  it('uses min/max or percentile whiskers, and checks percentiles', () => {
    const minMax = applyPostProcessing(values, [
      {
        operation: 'boxplot',
        options: { groupby: ['g'], metrics: ['v'], whisker_type: 'min/max' },
      },
    ]);
    expect(minMax.rows[0]?.v__max).toBe(100);
    expect(minMax.rows[0]?.v__outliers).toEqual([]);
    expect(() =>
      applyPostProcessing(values, [
        {
          operation: 'boxplot',
          options: { metrics: ['v'], whisker_type: 'percentile', percentiles: [90, 10] },
        },
      ]),
    ).toThrow(/percentiles/);
  });
});

describe('histogram', () => {
  it('counts values in equal bins named "<low> - <high>", the last bin closed', () => {
    const frame = frameOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null].map((v) => ({ v })));
    const result = applyPostProcessing(frame, [
      { operation: 'histogram', options: { column: 'v', bins: 4 } },
    ]);
    expect(result.columns).toEqual(['0.0 - 2.5', '2.5 - 5.0', '5.0 - 7.5', '7.5 - 10.0']);
    expect(result.rows).toEqual([
      { '0.0 - 2.5': 3, '2.5 - 5.0': 2, '5.0 - 7.5': 3, '7.5 - 10.0': 3 },
    ]);
  });

  it('per group, cumulative and normalized', () => {
    const frame = frameOf([
      { g: 'a', v: 1 },
      { g: 'a', v: 3 },
      { g: 'b', v: 3 },
    ]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'histogram',
        options: { column: 'v', groupby: ['g'], bins: 2, cumulative: true, normalize: true },
      },
    ]);
    expect(result.rows).toEqual([
      { g: 'a', '1.0 - 2.0': 1 / 4, '2.0 - 3.0': 2 / 4 },
      { g: 'b', '1.0 - 2.0': 0, '2.0 - 3.0': 1 / 4 },
    ]);
  });

  it('refuses a bin count out of range', () => {
    expect(() =>
      applyPostProcessing(frameOf([{ v: 1 }]), [
        { operation: 'histogram', options: { column: 'v', bins: 5000 } },
      ]),
    ).toThrow(/between 1 and 1000/);
  });
});

describe('rank', () => {
  it('adds the percentile rank, ties averaged, within groups', () => {
    const frame = frameOf([
      { g: 'a', m: 10 },
      { g: 'a', m: 30 },
      { g: 'a', m: 30 },
      { g: 'b', m: 5 },
    ]);
    const result = applyPostProcessing(frame, [
      { operation: 'rank', options: { metric: 'm', group_by: 'g' } },
    ]);
    expect(columnOf(result, 'rank')).toEqual([1 / 3, 2.5 / 3, 2.5 / 3, 1]);
  });
});
