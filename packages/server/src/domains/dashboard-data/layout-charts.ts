import type { DashboardLayout, LayoutItem } from '@superset-ts/shared';

const TAB_TYPES = new Set<unknown>(['TAB', 'TABS']);

/** A node of a saved layout; the parsed JSON also holds the version key's text. */
function nodeOf(layout: DashboardLayout, id: string): LayoutItem | undefined {
  const node: unknown = Object.hasOwn(layout, id) ? layout[id] : undefined;
  return typeof node === 'object' && node !== null ? (node as LayoutItem) : undefined;
}

/**
 * The ids of the charts under the TAB (or TABS) component `tabId` of a layout, at any depth;
 * undefined when the layout has no such tab.
 */
export function chartIdsUnderTab(layout: DashboardLayout, tabId: string): Set<number> | undefined {
  const tab = nodeOf(layout, tabId);
  if (!tab || !TAB_TYPES.has(tab.type)) return undefined;
  const chartIds = new Set<number>();
  const seen = new Set<string>();
  const pending = [tabId];
  // A saved layout is a tree; `seen` keeps a malformed one with a cycle from looping.
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const node = nodeOf(layout, id);
    if (!node) continue;
    const chartId: unknown = node.meta?.chartId;
    if (node.type === 'CHART' && typeof chartId === 'number') chartIds.add(chartId);
    if (Array.isArray(node.children)) pending.push(...node.children);
  }
  return chartIds;
}
