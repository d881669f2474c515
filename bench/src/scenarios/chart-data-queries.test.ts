import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  CHART_QUERIES,
  MAX_CHART_VARIANTS,
  chartVariant,
  datasetOf,
  queryContext,
  secondsAfterMidnight,
} from './chart-data-queries.js';

describe('the design chart queries', () => {
  it('are Q01-Q10, each a valid query context of the shared contract', () => {
    expect(CHART_QUERIES.map((chart) => chart.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Q${String(index + 1).padStart(2, '0')}`),
    );
    for (const chart of CHART_QUERIES) {
      expect(chart.title.length).toBeGreaterThan(10);
      for (const resultType of ['full', 'query'] as const) {
        const parsed = queryContextSchema.safeParse(
          queryContext(7, chart, { force: true, resultType }),
        );
        expect(parsed.success, `${chart.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      }
    }
  });

  it('read the joined riders for Q04 and Q09, the riders for Q10, the trips otherwise', () => {
    const byDataset = Object.fromEntries(
      CHART_QUERIES.map((chart) => [chart.id, datasetOf(chart)]),
    );
    expect(byDataset).toMatchObject({
      Q01: 'trips',
      Q04: 'trips_riders',
      Q09: 'trips_riders',
      Q10: 'dim_rider',
    });
  });

  it('have every id once', () => {
    const ids = CHART_QUERIES.map((chart) => chart.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('bypass the cache only when forced', () => {
    const [chart] = CHART_QUERIES;
    if (chart === undefined) throw new Error('no chart');
    expect(queryContext(3, chart, { force: false, resultType: 'full' })).toMatchObject({
      datasource: { id: 3, type: 'table' },
      force: false,
      result_type: 'full',
    });
  });
});

describe('chartVariant', () => {
  const timed = CHART_QUERIES.filter((chart) =>
    (chart.query.filters ?? []).some((filter) => filter.op === 'TEMPORAL_RANGE'),
  );

  it('moves only the end of the time range, by whole seconds after midnight', () => {
    for (const chart of timed) {
      const variant = chartVariant(chart, 67);
      const ranges = (variant.query.filters ?? []).filter((f) => f.op === 'TEMPORAL_RANGE');
      expect(ranges).toHaveLength(1);
      expect(ranges[0]?.val).toMatch(/^\d{4}-\d{2}-\d{2} : \d{4}-\d{2}-\d{2}T00:01:07$/);
      // Every range ends after the last trip (2024-12-30 23:59:57): same rows, same cost.
      expect(String(ranges[0]?.val).split(' : ')[1]! >= '2024-12-31').toBe(true);
      const otherFilters = (query: typeof chart.query) =>
        (query.filters ?? []).filter((f) => f.op !== 'TEMPORAL_RANGE');
      expect(otherFilters(variant.query)).toEqual(otherFilters(chart.query));
      expect({ ...variant, query: { ...variant.query, filters: [] } }).toEqual({
        ...chart,
        query: { ...chart.query, filters: [] },
      });
    }
  });

  it('raises the row limit of a chart without a time range, above the rows it answers', () => {
    const untimed = CHART_QUERIES.filter((chart) => !timed.includes(chart));
    expect(untimed.map((chart) => chart.id)).toEqual(['Q02', 'Q10']);
    for (const chart of untimed) {
      const variant = chartVariant(chart, 63);
      expect(variant.query.row_limit).toBe(Number(chart.query.row_limit) + 63);
      expect(Number(chart.query.row_limit)).toBeGreaterThan(chart.sqlRows);
      expect({ ...variant, query: { ...variant.query, row_limit: 0 } }).toEqual({
        ...chart,
        query: { ...chart.query, row_limit: 0 },
      });
    }
  });

  it('gives each of 64 clients its own query, and refuses an index it cannot encode', () => {
    for (const chart of CHART_QUERIES) {
      const variants = Array.from({ length: 64 }, (_, index) =>
        JSON.stringify(chartVariant(chart, index).query),
      );
      expect(new Set(variants).size).toBe(64);
    }
    const [chart] = CHART_QUERIES;
    if (chart === undefined) throw new Error('no chart');
    expect(() => chartVariant(chart, MAX_CHART_VARIANTS)).toThrow(RangeError);
    expect(() => chartVariant(chart, -1)).toThrow(RangeError);
    expect(() => chartVariant(chart, 1.5)).toThrow(RangeError);
  });

  it('writes seconds after midnight as minutes and seconds', () => {
    expect([0, 7, 59, 60, 67, 3599].map(secondsAfterMidnight)).toEqual([
      '00:00:00',
      '00:00:07',
      '00:00:59',
      '00:01:00',
      '00:01:07',
      '00:59:59',
    ]);
  });
});
