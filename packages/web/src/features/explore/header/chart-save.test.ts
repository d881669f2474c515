import { describe, expect, it } from 'vitest';
import { chartRegistry } from '../../../visualizations';
import { chartSaveBody, dashboardsWith, UnsavableChartError } from './chart-save';
import { dashboardSaveRights } from './dashboard-choices';
import { safeFileName } from './download-file';

const pie = chartRegistry.getChartPlugin('pie');

describe('chartSaveBody', () => {
  it('stores the form data without the chart id, with the query context it gives', () => {
    const body = chartSaveBody(
      '  Pie of regions ',
      { datasource: '7__table', viz_type: 'pie', slice_id: 3, force: true, metric: 'count' },
      pie,
    );
    expect(body).toMatchObject({
      slice_name: 'Pie of regions',
      viz_type: 'pie',
      datasource_id: 7,
      datasource_type: 'table',
    });
    expect(JSON.parse(body.params ?? '{}')).toEqual({
      datasource: '7__table',
      viz_type: 'pie',
      metric: 'count',
    });
    const context = JSON.parse(body.query_context ?? '{}') as { queries: { metrics: unknown[] }[] };
    expect(context.queries[0]?.metrics).toEqual(['count']);
  });

  it('refuses a chart without a dataset', () => {
    expect(() => chartSaveBody('x', { viz_type: 'pie', datasource: 'None__table' }, pie)).toThrow(
      UnsavableChartError,
    );
  });
});

describe('dashboardsWith', () => {
  it('adds the dashboard to those the chart is on, once', () => {
    expect(dashboardsWith([2, 4], 9)).toEqual([2, 4, 9]);
    expect(dashboardsWith([2, 9], 9)).toEqual([2, 9]);
    expect(dashboardsWith([], 9)).toEqual([9]);
  });
});

describe('dashboardSaveRights', () => {
  it('lets Admin add to any dashboard and can_write on Dashboard create one', () => {
    expect(dashboardSaveRights({ Admin: [['can_read', 'Dashboard']] })).toEqual({
      isAdmin: true,
      canCreate: false,
    });
    expect(dashboardSaveRights({ Alpha: [['can_write', 'Dashboard']] })).toEqual({
      isAdmin: false,
      canCreate: true,
    });
    expect(dashboardSaveRights(undefined)).toEqual({ isAdmin: false, canCreate: false });
  });
});

describe('safeFileName', () => {
  it('keeps a readable title and drops what file systems refuse', () => {
    expect(safeFileName('Sales by region', 'png')).toBe('Sales by region.png');
    expect(safeFileName('a/b: c?', 'png')).toBe('a_b_ c_.png');
    expect(safeFileName('  ', 'csv')).toBe('chart.csv');
  });
});
