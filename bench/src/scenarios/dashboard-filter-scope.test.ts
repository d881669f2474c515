import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { queryContext } from './chart-data-queries.js';
import { filteredAnswerMismatch } from './dashboard-filter-answers.js';
import {
  chartUnderFilter,
  FilterScopeError,
  PICKUP_ZONES,
  tileExtras,
  zoneFilter,
  zoneSet,
  ZONES_PER_SET,
} from './dashboard-filter-scope.js';
import { DESIGN_DASHBOARD_QUERIES } from './dashboard-queries.js';

describe('the zone sets of the filter changes', () => {
  it('never repeat: every index gives a set of its own, of distinct valid zones', () => {
    const seen = new Set<string>();
    for (let index = 0; index < PICKUP_ZONES; index++) {
      const zones = zoneSet(index);
      expect(new Set(zones).size).toBe(ZONES_PER_SET);
      expect(zones.every((zone) => zone >= 0 && zone < PICKUP_ZONES)).toBe(true);
      seen.add(JSON.stringify([...zones].sort((a, b) => a - b)));
    }
    expect(seen.size).toBe(PICKUP_ZONES);
  });

  it('refuse an index past the distinct sets or a size that is not a proper subset', () => {
    expect(() => zoneSet(PICKUP_ZONES)).toThrow(FilterScopeError);
    expect(() => zoneSet(-1)).toThrow(FilterScopeError);
    expect(() => zoneSet(0, PICKUP_ZONES)).toThrow(FilterScopeError);
  });
});

describe('the filter scope', () => {
  it('filters the design charts 3-8 and 11-12 and leaves 1, 2, 9 and 10 alone', () => {
    const extras = tileExtras(12, [7, 8]);
    const filtered = extras.flatMap((extra, index) => (extra.filters ? [index + 1] : []));
    expect(filtered).toEqual([3, 4, 5, 6, 7, 8, 11, 12]);
    expect(extras[0]).toEqual({});
    expect(extras[2]).toEqual(zoneFilter([7, 8]));
  });

  it('adds nothing to any tile with the filter cleared, and refuses another dashboard size', () => {
    expect(tileExtras(12, undefined).every((extra) => Object.keys(extra).length === 0)).toBe(true);
    expect(() => tileExtras(50, [1])).toThrow(FilterScopeError);
  });

  it('appends pickup_zone IN to each query, keeping its own filters, as a valid context', () => {
    for (const chart of DESIGN_DASHBOARD_QUERIES) {
      const filtered = chartUnderFilter(chart, zoneFilter([3, 4]));
      expect(filtered.query.filters).toEqual([
        ...(chart.query.filters ?? []),
        { col: 'pickup_zone', op: 'IN', val: [3, 4] },
      ]);
      const parsed = queryContextSchema.safeParse(
        queryContext(5, filtered, { force: false, resultType: 'full' }),
      );
      expect(parsed.success, `${chart.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });
});

describe('the check of a filtered answer', () => {
  const [chart] = DESIGN_DASHBOARD_QUERIES.filter((each) => each.checksumColumn === 'count');
  if (chart === undefined) throw new Error('no design chart sums a count');
  const unfiltered = [{ count: 100 }, { count: 200 }];
  const filtered = (count: number) => [{ count }, { count: 2 }];

  it('accepts rows adding up like the driver and smaller than unfiltered', () => {
    expect(
      filteredAnswerMismatch({
        chart,
        apiRows: filtered(10),
        driverRows: [{ count: '10' }, { count: '2' }],
        unfilteredRows: unfiltered,
      }),
    ).toBeUndefined();
  });

  it('refuses a total unlike the driver, or one the filter did not shrink', () => {
    expect(
      filteredAnswerMismatch({
        chart,
        apiRows: filtered(11),
        driverRows: filtered(10),
        unfilteredRows: unfiltered,
      }),
    ).toMatch(/driver/);
    expect(
      filteredAnswerMismatch({
        chart,
        apiRows: unfiltered,
        driverRows: unfiltered,
        unfilteredRows: unfiltered,
      }),
    ).toMatch(/not less/);
  });
});
