import { describe, expect, it } from 'vitest';
import { chartNode, layoutOf, node, twoTabLayout } from '../testing/dashboard-fixtures';
import { chooseTab, tabsLeadingTo, visibleChartIds, wantedChartIds } from './tab-state';

describe('tab state', () => {
  it('shows the first tab of every TABS until another is chosen', () => {
    const layout = twoTabLayout();

    expect(visibleChartIds(layout, [])).toEqual([1, 2]);
    expect(visibleChartIds(layout, chooseTab(layout, [], 'TABS-1', 'TAB-B'))).toEqual([3]);
  });

  it('wants the visible charts first, then those of tabs shown before, never unseen tabs', () => {
    const layout = twoTabLayout();

    expect(wantedChartIds(layout, ['TAB-B'], new Set())).toEqual([3]);
    expect(wantedChartIds(layout, ['TAB-B'], new Set(['TAB-A']))).toEqual([3, 1, 2]);
  });

  it('finds the tabs to choose to show a nested component', () => {
    const layout = layoutOf(
      node('ROOT_ID', 'ROOT', ['TABS-1']),
      node('TABS-1', 'TABS', ['TAB-A', 'TAB-B']),
      node('TAB-A', 'TAB'),
      node('TAB-B', 'TAB', ['TABS-2']),
      node('TABS-2', 'TABS', ['TAB-C', 'TAB-D']),
      node('TAB-C', 'TAB'),
      node('TAB-D', 'TAB', ['ROW-1']),
      node('ROW-1', 'ROW', ['CHART-9']),
      chartNode(9),
    );

    expect(tabsLeadingTo(layout, 'CHART-9')).toEqual(['TAB-B', 'TAB-D']);
    expect(visibleChartIds(layout, tabsLeadingTo(layout, 'CHART-9'))).toEqual([9]);
    expect(visibleChartIds(layout, ['TAB-B'])).toEqual([]);
  });
});
