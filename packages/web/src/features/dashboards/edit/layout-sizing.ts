import {
  GRID_COLUMN_COUNT,
  GRID_MAX_ROW_UNITS,
  GRID_MIN_ROW_UNITS,
  type DashboardLayout,
  type LayoutMeta,
} from '@superset-ts/shared';
import type { LayoutChange } from './layout-operations';
import { findItem, findParentId, widthOf } from './layout-tree';

/** The sizes a component may take: columns and height units (width fixed inside a column). */
export interface SizeBounds {
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
  /** False for charts and markdown in a COLUMN: they take the column's width. */
  canResizeWidth: boolean;
}

const RESIZABLE = new Set(['CHART', 'MARKDOWN', 'COLUMN']);

/**
 * How far `id` may be resized: at least 1 column and at most what its ROW leaves free (so a
 * row's children never exceed 12 columns); height within GRID_MIN/MAX_ROW_UNITS.
 */
export function sizeBoundsOf(layout: DashboardLayout, id: string): SizeBounds | undefined {
  const node = findItem(layout, id);
  if (!node || !RESIZABLE.has(node.type)) return undefined;
  const parentId = findParentId(layout, id);
  const parent = parentId === undefined ? undefined : findItem(layout, parentId);
  let maxWidth = GRID_COLUMN_COUNT;
  if (parent?.type === 'ROW') {
    const others = parent.children
      .filter((childId) => childId !== id)
      .reduce((sum, childId) => {
        const sibling = findItem(layout, childId);
        return sum + (sibling ? widthOf(sibling) : 0);
      }, 0);
    maxWidth = Math.max(1, GRID_COLUMN_COUNT - others);
  }
  return {
    minWidth: 1,
    maxWidth,
    minHeight: GRID_MIN_ROW_UNITS,
    maxHeight: GRID_MAX_ROW_UNITS,
    canResizeWidth: parent?.type !== 'COLUMN' || node.type === 'COLUMN',
  };
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(value)));

/**
 * Resizes a chart, markdown block (width and height) or column (width), clamped to its
 * bounds. Refused when nothing would change.
 */
export function resizeComponent(
  layout: DashboardLayout,
  id: string,
  size: { width?: number; height?: number },
): LayoutChange {
  const node = findItem(layout, id);
  const bounds = sizeBoundsOf(layout, id);
  if (!node || !bounds) return { ok: false, reason: 'This component cannot be resized.' };
  const meta: LayoutMeta = { ...node.meta };
  if (size.width !== undefined && bounds.canResizeWidth) {
    meta.width = clamp(size.width, bounds.minWidth, bounds.maxWidth);
  }
  if (size.height !== undefined && node.type !== 'COLUMN') {
    meta.height = clamp(size.height, bounds.minHeight, bounds.maxHeight);
  }
  if (meta.width === node.meta.width && meta.height === node.meta.height) {
    return { ok: false, reason: 'The size is already at its limit.' };
  }
  return { ok: true, layout: { ...layout, [id]: { ...node, meta } }, id };
}

/** What can be edited in place: markdown text, tab and header text, header size, background. */
export type EditableMeta = Pick<LayoutMeta, 'code' | 'text' | 'headerSize' | 'background'>;

/** Changes the in-place editable meta of a component; refused when nothing changes. */
export function updateComponentMeta(
  layout: DashboardLayout,
  id: string,
  patch: EditableMeta,
): LayoutChange {
  const node = findItem(layout, id);
  if (!node) return { ok: false, reason: 'This component is not on the dashboard.' };
  const entries = Object.entries(patch).filter(([key, value]) => node.meta[key] !== value);
  if (entries.length === 0) return { ok: false, reason: 'Nothing changed.' };
  return {
    ok: true,
    layout: {
      ...layout,
      [id]: { ...node, meta: { ...node.meta, ...Object.fromEntries(entries) } },
    },
    id,
  };
}
