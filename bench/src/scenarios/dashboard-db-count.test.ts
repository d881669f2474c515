import { describe, expect, it } from 'vitest';
import { queryContext } from './chart-data-queries.js';
import { canonicalJson, distinctQueryContexts } from './dashboard-db-count.js';
import { SHARED_DASHBOARD_QUERIES, sharedQueryTiles } from './dashboard-queries.js';

describe('distinctQueryContexts', () => {
  it('counts equal contexts once whatever their key order, and tells different ones apart', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: null })).toBe('{"a":null,"b":[{"x":2,"y":1}]}');
    expect(
      distinctQueryContexts([
        { queries: [{ row_limit: 10, columns: ['a'] }], force: false },
        { force: false, queries: [{ columns: ['a'], row_limit: 10 }] },
        { force: false, queries: [{ columns: ['a'], row_limit: 11 }] },
      ]),
    ).toBe(2);
  });

  it('finds issue 8 dashboard: 50 saved query contexts, 10 different', () => {
    const contexts = sharedQueryTiles().map((chart) =>
      queryContext(3, chart, { force: false, resultType: 'full' }),
    );
    expect(contexts).toHaveLength(50);
    expect(distinctQueryContexts(contexts)).toBe(SHARED_DASHBOARD_QUERIES.length);
    expect(SHARED_DASHBOARD_QUERIES).toHaveLength(10);
  });
});
