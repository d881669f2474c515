import type { DashboardLayout, LayoutItem } from '@superset-ts/shared';
import type { ReactNode } from 'react';

/** What drawing a layout needs besides the tree: the charts' tiles and which tabs show. */
export interface LayoutRenderer {
  layout: DashboardLayout;
  /** Draws the tile of the chart a CHART component holds (it fills its box). */
  renderChart: (chartId: number, item: LayoutItem) => ReactNode;
  /** The chosen TAB ids. */
  activeTabs: readonly string[];
  /** Shows `tabId` of the TABS component `tabsId`. */
  onChooseTab: (tabsId: string, tabId: string) => void;
}
