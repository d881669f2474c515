import type { LayoutItem } from '@superset-ts/shared';
import { GRID_ID, layoutItemSchema, POSITION_DATA_LIMIT, ROOT_ID } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { gridLayout, InvalidLayoutError, positionJson } from './dashboard-layout.js';

function nodes(layout: ReturnType<typeof gridLayout>): LayoutItem[] {
  return Object.values(layout).filter((node): node is LayoutItem => typeof node !== 'string');
}

describe('gridLayout', () => {
  it('puts every chart once under ROOT -> GRID -> rows of three, at the default size', () => {
    const layout = gridLayout([11, 12, 13, 14]);
    expect(layout.DASHBOARD_VERSION_KEY).toBe('v2');
    const grid = layout[GRID_ID];
    expect(typeof grid === 'object' && grid.children).toEqual(['ROW-1', 'ROW-2']);
    const charts = nodes(layout).filter((node) => node.type === 'CHART');
    expect(charts.map((node) => node.meta.chartId)).toEqual([11, 12, 13, 14]);
    expect(charts[3]).toMatchObject({
      parents: [ROOT_ID, GRID_ID, 'ROW-2'],
      meta: { width: 4, height: 50 },
    });
    for (const node of nodes(layout)) {
      expect(layoutItemSchema.safeParse(node).success, node.id).toBe(true);
      for (const child of node.children) expect(layout[child], child).toBeDefined();
    }
  });
});

describe('positionJson', () => {
  it('holds a 50-chart dashboard within the API limit', () => {
    const text = positionJson(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(text.length).toBeLessThan(POSITION_DATA_LIMIT);
    expect(Object.keys(JSON.parse(text) as object)).toHaveLength(1 + 1 + 1 + 17 + 50);
  });

  it('refuses a dashboard without charts and one too long to save', () => {
    expect(() => positionJson([])).toThrow(InvalidLayoutError);
    expect(() => positionJson(Array.from({ length: 1000 }, (_, index) => index + 1))).toThrow(
      /more than 65535/,
    );
  });
});
