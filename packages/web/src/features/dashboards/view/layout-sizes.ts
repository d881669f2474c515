import { GRID_BASE_UNIT, GRID_COLUMN_COUNT } from '@superset-ts/shared';

/**
 * The share of its container a component of `width` grid columns takes, when the container
 * spans `containerColumns` (12 for the grid and tabs, a column's own width inside a column),
 * as a CSS percentage. Missing or out-of-range widths fill the container.
 */
export function widthPercent(width: unknown, containerColumns = GRID_COLUMN_COUNT): string {
  const columns =
    typeof width === 'number' && width > 0 ? Math.min(width, containerColumns) : containerColumns;
  const percent = (columns / containerColumns) * 100;
  return `${Math.round(percent * 10_000) / 10_000}%`;
}

/** The height in pixels of a component `height` grid units (8 px) high; 50 units by default. */
export function heightPixels(height: unknown): number {
  const units = typeof height === 'number' && height > 0 ? height : 50;
  return units * GRID_BASE_UNIT;
}
