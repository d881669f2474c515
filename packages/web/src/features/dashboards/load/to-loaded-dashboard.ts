import {
  DASHBOARD_VERSION_KEY,
  ROOT_ID,
  layoutItemSchema,
  type Dashboard,
  type DashboardChart,
  type DashboardJsonMetadata,
  type DashboardLayout,
} from '@superset-ts/shared';
import type { LoadedDashboard } from '../dashboard-contracts';
import { defaultLayout, withUnplacedCharts } from './default-layout';

function parseObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The layout of `position_json`: its valid nodes (the version key kept), or null when the
 * text is empty, unreadable or has no root.
 */
export function parsePositionJson(text: string | null): DashboardLayout | null {
  const raw = parseObject(text);
  if (!raw) return null;
  const layout: DashboardLayout = {};
  for (const [id, value] of Object.entries(raw)) {
    if (id === DASHBOARD_VERSION_KEY) {
      layout[id] = value as DashboardLayout[string];
      continue;
    }
    const parsed = layoutItemSchema.safeParse(value);
    if (parsed.success) layout[id] = parsed.data;
  }
  return layout[ROOT_ID] ? layout : null;
}

/** The parsed `json_metadata` (`{}` when empty or unreadable). */
export function parseJsonMetadata(text: string | null): DashboardJsonMetadata {
  return parseObject(text) ?? {};
}

/**
 * A dashboard as the page holds it: layout and metadata parsed; a default layout when none
 * was saved, and charts the saved layout misses placed at its end (as Superset does).
 */
export function toLoadedDashboard(
  dashboard: Dashboard,
  charts: readonly DashboardChart[],
): LoadedDashboard {
  const saved = parsePositionJson(dashboard.position_json);
  const layout = saved
    ? withUnplacedCharts(saved, charts)
    : defaultLayout(dashboard.dashboard_title, charts);
  return {
    dashboard,
    layout,
    metadata: parseJsonMetadata(dashboard.json_metadata),
    charts: [...charts],
  };
}
