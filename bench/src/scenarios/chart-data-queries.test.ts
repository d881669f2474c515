import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { CHART_QUERIES, chartVariant, queryContext } from './chart-data-queries.js';

describe('the six chart queries', () => {
  it('are the issue six, each a valid query context of the shared contract', () => {
    expect(CHART_QUERIES.map((chart) => chart.id)).toEqual([
      'timeseries',
      'top-n',
      'pivot',
      'raw-100k',
      'count-distinct',
      'filtered',
    ]);
    for (const chart of CHART_QUERIES) {
      for (const resultType of ['full', 'query'] as const) {
        const parsed = queryContextSchema.safeParse(
          queryContext(7, chart, { force: true, resultType }),
        );
        expect(parsed.success, `${chart.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      }
    }
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
  it('moves only the end of the time range, by whole seconds after midnight', () => {
    for (const chart of CHART_QUERIES) {
      const variant = chartVariant(chart, 7);
      const ranges = (variant.query.filters ?? []).filter((f) => f.op === 'TEMPORAL_RANGE');
      expect(ranges).toHaveLength(1);
      expect(ranges[0]?.val).toMatch(/^\d{4}-\d{2}-\d{2} : \d{4}-\d{2}-\d{2}T00:00:07$/);
      // Every range ends after the last trip (2024-12-30 23:59:57): same rows, same cost.
      expect(String(ranges[0]?.val).split(' : ')[1]! >= '2024-12-31').toBe(true);
      expect({ ...variant, query: { ...variant.query, filters: [] } }).toEqual({
        ...chart,
        query: { ...chart.query, filters: [] },
      });
    }
  });

  it('gives every client its own query, and refuses an index it cannot encode', () => {
    const [chart] = CHART_QUERIES;
    if (chart === undefined) throw new Error('no chart');
    const ranges = Array.from({ length: 32 }, (_, index) =>
      JSON.stringify(chartVariant(chart, index).query.filters),
    );
    expect(new Set(ranges).size).toBe(32);
    expect(() => chartVariant(chart, 60)).toThrow(RangeError);
  });
});
