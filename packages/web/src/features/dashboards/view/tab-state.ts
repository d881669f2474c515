import { ROOT_ID, type DashboardLayout, type LayoutItem } from '@superset-ts/shared';

/**
 * Which tabs show: `activeTabs` lists the chosen TAB ids (Superset's permalink shape); a TABS
 * component with none of its tabs listed shows its first tab.
 */

function itemOf(layout: DashboardLayout, id: string): LayoutItem | undefined {
  const item = layout[id];
  return typeof item === 'object' && Array.isArray(item.children) ? item : undefined;
}

/** The tab a TABS component shows. */
export function activeTabOf(tabs: LayoutItem, activeTabs: readonly string[]): string | undefined {
  return tabs.children.find((tabId) => activeTabs.includes(tabId)) ?? tabs.children[0];
}

/** `activeTabs` with `tabId` chosen in its TABS component (its siblings unchosen). */
export function chooseTab(
  layout: DashboardLayout,
  activeTabs: readonly string[],
  tabsId: string,
  tabId: string,
): string[] {
  const siblings = itemOf(layout, tabsId)?.children ?? [];
  return [...activeTabs.filter((id) => !siblings.includes(id)), tabId];
}

/** The TAB ids on the way from the root to `id`, so showing `id` means choosing them. */
export function tabsLeadingTo(layout: DashboardLayout, id: string): string[] {
  const parentOf = new Map<string, string>();
  for (const [parentId, item] of Object.entries(layout)) {
    if (!itemOf(layout, parentId)) continue;
    for (const child of item.children) parentOf.set(child, parentId);
  }
  const tabs: string[] = [];
  for (let current: string | undefined = id; current; current = parentOf.get(current)) {
    if (itemOf(layout, current)?.type === 'TAB') tabs.unshift(current);
    if (tabs.length > 100) break;
  }
  return tabs;
}

function collectCharts(
  layout: DashboardLayout,
  isTabIncluded: (tabsItem: LayoutItem, tabId: string) => boolean,
): number[] {
  const charts: number[] = [];
  const visited = new Set<string>();
  const visit = (id: string) => {
    const item = itemOf(layout, id);
    if (!item || visited.has(id)) return;
    visited.add(id);
    if (item.type === 'CHART' && typeof item.meta.chartId === 'number') {
      if (!charts.includes(item.meta.chartId)) charts.push(item.meta.chartId);
    }
    const children =
      item.type === 'TABS'
        ? item.children.filter((tabId) => isTabIncluded(item, tabId))
        : item.children;
    children.forEach(visit);
  };
  visit(ROOT_ID);
  return charts;
}

/** The charts on screen: under the root, through the shown tab of every TABS, in layout order. */
export function visibleChartIds(layout: DashboardLayout, activeTabs: readonly string[]): number[] {
  return collectCharts(layout, (tabs, tabId) => activeTabOf(tabs, activeTabs) === tabId);
}

/**
 * The charts whose data the page wants: the visible ones first, then those of tabs shown
 * before (`seenTabs`); charts of tabs never shown are not asked for.
 */
export function wantedChartIds(
  layout: DashboardLayout,
  activeTabs: readonly string[],
  seenTabs: ReadonlySet<string>,
): number[] {
  const visible = visibleChartIds(layout, activeTabs);
  const seen = collectCharts(
    layout,
    (tabs, tabId) => activeTabOf(tabs, activeTabs) === tabId || seenTabs.has(tabId),
  );
  return [...visible, ...seen.filter((id) => !visible.includes(id))];
}

/** The tab every TABS component shows now (nested ones included). */
export function shownTabIds(layout: DashboardLayout, activeTabs: readonly string[]): string[] {
  const shown: string[] = [];
  for (const [id, item] of Object.entries(layout)) {
    if (!itemOf(layout, id) || item.type !== 'TABS') continue;
    const active = activeTabOf(item, activeTabs);
    if (active) shown.push(active);
  }
  return shown;
}
