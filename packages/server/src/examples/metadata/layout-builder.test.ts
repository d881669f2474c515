import { GRID_ID, ROOT_ID } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { buildLayout, chartKeysOfLayout, row, type LayoutBlock } from './layout-builder.js';

const chartOf = (key: string) => ({ id: Number(key.slice(1)), sliceName: key, uuid: `u-${key}` });

const BLOCKS: LayoutBlock[] = [
  row({ markdown: '# Hi', width: 4 }, { chart: 'c1', width: 8 }),
  {
    type: 'tabs',
    tabs: [
      { title: 'One', blocks: [row({ chart: 'c2', width: 12 })] },
      { title: 'Two', blocks: [{ type: 'divider' }, row({ chart: 'c3', width: 6 })] },
    ],
  },
];

describe('buildLayout', () => {
  it('nests rows and tabs under the grid with each node listing its parents', () => {
    const layout = buildLayout('Demo', BLOCKS, chartOf);
    expect(layout[ROOT_ID]?.children).toEqual([GRID_ID]);
    expect(layout.HEADER_ID?.meta.text).toBe('Demo');
    expect(layout[GRID_ID]?.children).toEqual(['ROW-1', 'TABS-1']);
    expect(layout['TABS-1']?.children).toEqual(['TAB-1', 'TAB-2']);
    expect(layout['TAB-2']?.meta.text).toBe('Two');
    expect(layout['TAB-2']?.children).toEqual(['DIVIDER-1', 'ROW-3']);
    const chart3 = Object.values(layout).find(
      (item) => typeof item === 'object' && item.meta.chartId === 3,
    );
    expect(chart3?.parents).toEqual([ROOT_ID, GRID_ID, 'TABS-1', 'TAB-2', 'ROW-3']);
    expect(chart3?.meta).toMatchObject({ width: 6, height: 50, sliceName: 'c3', uuid: 'u-c3' });
    expect(layout['MARKDOWN-1']?.meta).toMatchObject({ code: '# Hi', width: 4 });
  });

  it('lists the charts a layout shows, in order', () => {
    expect(chartKeysOfLayout(BLOCKS)).toEqual(['c1', 'c2', 'c3']);
  });

  it('refuses a row wider than the 12-column grid', () => {
    expect(() =>
      buildLayout('Wide', [row({ chart: 'c1', width: 8 }, { chart: 'c2', width: 6 })], chartOf),
    ).toThrow(/14 columns wide/);
  });
});
