import { z } from 'zod';

/**
 * A dashboard's layout (`position_json` once parsed): Superset's component tree, each node
 * `{id, type, children, parents, meta}` by id, on a 12-column grid.
 */

/** The component types of a dashboard layout (Superset's `componentTypes`). */
export const LAYOUT_COMPONENT_TYPES = [
  'ROOT',
  'GRID',
  'HEADER',
  'ROW',
  'COLUMN',
  'CHART',
  'MARKDOWN',
  'TABS',
  'TAB',
  'DIVIDER',
] as const;
export type LayoutComponentType = (typeof LAYOUT_COMPONENT_TYPES)[number];

/** The fixed ids of a layout's root, grid and header. */
export const ROOT_ID = 'ROOT_ID';
export const GRID_ID = 'GRID_ID';
export const HEADER_ID = 'HEADER_ID';
/** The version key every saved layout carries (`"DASHBOARD_VERSION_KEY": "v2"`). */
export const DASHBOARD_VERSION_KEY = 'DASHBOARD_VERSION_KEY';

/** The grid: 12 columns; heights in units of 8 px; Superset's default chart size. */
export const GRID_COLUMN_COUNT = 12;
export const GRID_BASE_UNIT = 8;
export const GRID_DEFAULT_CHART_WIDTH = 4;
export const GRID_DEFAULT_CHART_HEIGHT = 50;
export const GRID_MIN_ROW_UNITS = 5;
export const GRID_MAX_ROW_UNITS = 100;
/** SUPERSET_DASHBOARD_POSITION_DATA_LIMIT: the most characters of `position_json`. */
export const POSITION_DATA_LIMIT = 65_535;

/** What a layout component carries besides its place in the tree. */
export interface LayoutMeta {
  /** Columns (1-12) for CHART, MARKDOWN and COLUMN. */
  width?: number;
  /** Grid units of 8 px for CHART and MARKDOWN. */
  height?: number;
  /** CHART: the saved chart shown. */
  chartId?: number;
  uuid?: string;
  sliceName?: string;
  sliceNameOverride?: string;
  /** MARKDOWN: the markdown text. */
  code?: string;
  /** TAB and HEADER: the shown text. */
  text?: string;
  defaultText?: string;
  /** HEADER: `SMALL_HEADER` | `MEDIUM_HEADER` | `LARGE_HEADER`. */
  headerSize?: string;
  /** ROW and COLUMN: `BACKGROUND_TRANSPARENT` | `BACKGROUND_WHITE`. */
  background?: string;
  [key: string]: unknown;
}

/** One node of the layout tree (`{id, type, children, parents, meta}`). */
export interface LayoutItem {
  id: string;
  type: LayoutComponentType;
  children: string[];
  parents?: string[];
  meta: LayoutMeta;
}

/** A parsed `position_json`: nodes by id (plus the version key). */
export type DashboardLayout = Record<string, LayoutItem>;

export const layoutItemSchema: z.ZodType<LayoutItem> = z.looseObject({
  id: z.string().min(1).max(250),
  type: z.enum(LAYOUT_COMPONENT_TYPES),
  children: z.array(z.string().max(250)).max(10_000),
  parents: z.array(z.string().max(250)).max(100).optional(),
  meta: z.looseObject({}),
});
