import type { LayoutItem } from '@superset-ts/shared';
import {
  DASHBOARD_VERSION_KEY,
  GRID_COLUMN_COUNT,
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_DEFAULT_CHART_WIDTH,
  GRID_ID,
  POSITION_DATA_LIMIT,
  ROOT_ID,
} from '@superset-ts/shared';

/** A saved `position_json`: layout nodes by id, plus `"DASHBOARD_VERSION_KEY": "v2"`. */
export type SavedLayout = Record<string, LayoutItem | 'v2'>;

function chartNodeId(chartId: number): string {
  return `CHART-${chartId}`;
}

/** Thrown for a layout the API would refuse (no charts, or too long for `position_json`). */
export class InvalidLayoutError extends Error {
  override readonly name = 'InvalidLayoutError';
}

/**
 * The layout tree Superset saves for charts laid out in the grid: ROOT_ID -> GRID_ID ->
 * rows of `12 / width` charts -> CHART nodes carrying `meta.chartId`, each of Superset's
 * default size (4 columns x 50 units).
 */
export function gridLayout(
  chartIds: readonly number[],
  width: number = GRID_DEFAULT_CHART_WIDTH,
): SavedLayout {
  const perRow = Math.max(1, Math.floor(GRID_COLUMN_COUNT / width));
  const layout: SavedLayout = {
    [DASHBOARD_VERSION_KEY]: 'v2',
    [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: [GRID_ID], meta: {} },
  };
  const rowIds: string[] = [];
  for (let start = 0; start < chartIds.length; start += perRow) {
    const rowId = `ROW-${rowIds.length + 1}`;
    rowIds.push(rowId);
    const row = chartIds.slice(start, start + perRow);
    layout[rowId] = {
      id: rowId,
      type: 'ROW',
      children: row.map(chartNodeId),
      parents: [ROOT_ID, GRID_ID],
      meta: { background: 'BACKGROUND_TRANSPARENT' },
    };
    for (const chartId of row) {
      layout[chartNodeId(chartId)] = {
        id: chartNodeId(chartId),
        type: 'CHART',
        children: [],
        parents: [ROOT_ID, GRID_ID, rowId],
        meta: { chartId, width, height: GRID_DEFAULT_CHART_HEIGHT },
      };
    }
  }
  layout[GRID_ID] = { id: GRID_ID, type: 'GRID', children: rowIds, parents: [ROOT_ID], meta: {} };
  return layout;
}

/** `position_json` for `chartIds` in a grid; refuses what the API would refuse as too long. */
export function positionJson(chartIds: readonly number[]): string {
  if (chartIds.length === 0) throw new InvalidLayoutError('a dashboard needs at least one chart');
  const text = JSON.stringify(gridLayout(chartIds));
  if (text.length > POSITION_DATA_LIMIT) {
    throw new InvalidLayoutError(
      `position_json of ${chartIds.length} charts is ${text.length} characters, more than ${POSITION_DATA_LIMIT}`,
    );
  }
  return text;
}
