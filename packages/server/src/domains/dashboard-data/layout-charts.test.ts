import { describe, expect, it } from 'vitest';
import { chartIdsUnderTab } from './layout-charts.js';
import { tabbedLayout } from './test-support/dashboard-fixtures.js';

describe('chartIdsUnderTab', () => {
  const layout = tabbedLayout({ salesTab: [1, 2], otherTab: [3], loose: [4] });

  it('finds the charts under a tab at any depth, and under a TABS node all of its tabs', () => {
    expect(chartIdsUnderTab(layout, 'TAB-sales')).toEqual(new Set([1, 2]));
    expect(chartIdsUnderTab(layout, 'TAB-other')).toEqual(new Set([3]));
    expect(chartIdsUnderTab(layout, 'TABS-1')).toEqual(new Set([1, 2, 3]));
  });

  it('knows no tab that is missing or is another kind of component', () => {
    expect(chartIdsUnderTab(layout, 'TAB-missing')).toBeUndefined();
    expect(chartIdsUnderTab(layout, 'ROW-1')).toBeUndefined();
    expect(
      chartIdsUnderTab(
        { ...layout, DASHBOARD_VERSION_KEY: 'v2' } as never,
        'DASHBOARD_VERSION_KEY',
      ),
    ).toBeUndefined();
  });

  it('stops on a malformed layout whose components loop', () => {
    const looping = tabbedLayout({ salesTab: [1], otherTab: [] });
    looping['CHART-1'] = { ...looping['CHART-1']!, children: ['TAB-sales'] };
    expect(chartIdsUnderTab(looping, 'TAB-sales')).toEqual(new Set([1]));
  });
});
