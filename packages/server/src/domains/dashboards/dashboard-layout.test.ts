import { GRID_ID, HEADER_ID, ROOT_ID, type DashboardLayout } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { appendChartRow, chartIdsOfLayout, parseLayout } from './dashboard-layout.js';

const chart = { id: 7, uuid: 'u-7', sliceName: 'Seven' };

describe('dashboard layouts', () => {
  it('reads the charts of a layout from its CHART nodes, once each', () => {
    const layout = parseLayout(
      JSON.stringify({
        DASHBOARD_VERSION_KEY: 'v2',
        a: { id: 'a', type: 'CHART', children: [], meta: { chartId: 3 } },
        b: { id: 'b', type: 'CHART', children: [], meta: { chartId: 3 } },
        c: { id: 'c', type: 'MARKDOWN', children: [], meta: { code: '# 4' } },
        d: { id: 'd', type: 'CHART', children: [], meta: { chartId: '5' } },
      }),
    );
    expect(chartIdsOfLayout(layout)).toEqual([3]);
    expect(parseLayout('not json')).toEqual({});
    expect(parseLayout('[1]')).toEqual({});
  });

  it('puts a chart in the first tab when the root holds tabs', () => {
    const tabs: DashboardLayout = {
      [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: ['TABS-1'], meta: {} },
      'TABS-1': { id: 'TABS-1', type: 'TABS', children: ['TAB-1'], parents: [ROOT_ID], meta: {} },
      'TAB-1': { id: 'TAB-1', type: 'TAB', children: [], parents: [ROOT_ID, 'TABS-1'], meta: {} },
    };
    const next = appendChartRow(tabs, chart, 'T');
    const rowId = next['TAB-1']?.children[0] ?? '';
    expect(next[rowId]).toMatchObject({ type: 'ROW', parents: [ROOT_ID, 'TABS-1', 'TAB-1'] });
    expect(tabs['TAB-1']?.children).toEqual([]);
    expect(next[GRID_ID]).toBeUndefined();
  });

  it('gives an empty layout a root, a grid and a header with the title', () => {
    const next = appendChartRow({}, chart, 'Sales');
    expect(next[ROOT_ID]?.children).toEqual([GRID_ID]);
    expect(next[HEADER_ID]?.meta.text).toBe('Sales');
    expect(chartIdsOfLayout(next)).toEqual([7]);
  });
});
