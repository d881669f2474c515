import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { queryContext } from './chart-data-queries.js';
import { DESIGN_DASHBOARD_QUERIES, sharedQueryTiles } from './dashboard-queries.js';

describe('the dashboard queries', () => {
  it('are the design dashboard twelve, in its order, each a valid query context', () => {
    expect(DESIGN_DASHBOARD_QUERIES.map((chart) => chart.id)).toEqual([
      'kpi',
      'count-distinct',
      'timeseries',
      'top-n',
      'two-dim',
      'pivot',
      'weekly-history',
      'filtered',
      'latest-1000',
      'filter-values',
      'histogram',
      'heatmap',
    ]);
    for (const chart of DESIGN_DASHBOARD_QUERIES) {
      const parsed = queryContextSchema.safeParse(
        queryContext(5, chart, { force: false, resultType: 'full' }),
      );
      expect(parsed.success, `${chart.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('scatter the 50 shared tiles: each query five times, never twice in a row', () => {
    const ids = sharedQueryTiles().map((chart) => chart.id);
    expect(ids).toHaveLength(50);
    for (const id of new Set(ids)) expect(ids.filter((each) => each === id)).toHaveLength(5);
    expect(ids.every((id, index) => id !== ids[index + 1])).toBe(true);
    expect(ids).not.toContain('weekly-history');
  });
});
