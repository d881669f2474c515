import { describe, expect, it } from 'vitest';
import { chartRegistry, type ChartFormData } from '../../visualizations';
import { formDataReducer, initialFormData, switchVizType } from './form-data-state';

const find = (vizType: string) => chartRegistry.findChartPlugin(vizType);
const plugin = (vizType: string) => chartRegistry.getChartPlugin(vizType);

const COUNT = {
  expressionType: 'SQL',
  sqlExpression: 'COUNT(*)',
  label: 'COUNT(*)',
} as const;

const FILTER = {
  expressionType: 'SIMPLE',
  clause: 'WHERE',
  subject: 'region',
  operator: '==',
  comparator: 'EU',
} as const;

describe('initialFormData', () => {
  it('opens a dataset as a table with its controls at their defaults', () => {
    const formData = initialFormData({ datasource: '3__table' }, find);
    expect(formData.viz_type).toBe('table');
    expect(formData.datasource).toBe('3__table');
    expect(formData.time_range).toBe('No filter');
    expect(formData.query_mode).toBe('aggregate');
    expect(formData.row_limit).toBe(10000);
  });

  it('keeps what a saved chart set over the defaults, and takes its viz type', () => {
    const formData = initialFormData(
      { datasource: '3__table', viz_type: 'pie', row_limit: 7, time_range: 'Last week' },
      find,
      'table',
    );
    expect(formData.viz_type).toBe('pie');
    expect(formData.row_limit).toBe(7);
    expect(formData.time_range).toBe('Last week');
    expect(formData.donut).toBe(false);
  });

  it('starts a new chart as the viz type the URL names', () => {
    expect(initialFormData({ datasource: '3__table' }, find, 'pie').viz_type).toBe('pie');
  });

  it('keeps an unknown viz type so the page can say it is not available', () => {
    const formData = initialFormData({ datasource: '3__table', viz_type: 'sankey_v9' }, find);
    expect(formData.viz_type).toBe('sankey_v9');
  });
});

describe('switchVizType', () => {
  const table: ChartFormData = {
    ...initialFormData({ datasource: '3__table' }, find),
    metrics: [COUNT],
    groupby: ['region'],
    adhoc_filters: [FILTER],
    time_range: 'Last year',
    include_search: true,
    slice_id: 9,
  };

  it('keeps the controls the new type also has, and the dataset, filters and time range', () => {
    const bar = switchVizType(table, plugin('echarts_timeseries_bar'));
    expect(bar.viz_type).toBe('echarts_timeseries_bar');
    expect(bar.metrics).toEqual([COUNT]);
    expect(bar.groupby).toEqual(['region']);
    expect(bar.adhoc_filters).toEqual([FILTER]);
    expect(bar.time_range).toBe('Last year');
    expect(bar.datasource).toBe('3__table');
    expect(bar.slice_id).toBe(9);
  });

  it("drops the old type's own controls and fills the new type's defaults", () => {
    const bar = switchVizType(table, plugin('echarts_timeseries_bar'));
    expect(bar).not.toHaveProperty('include_search');
    expect(bar).not.toHaveProperty('query_mode');
    expect(bar.orientation).toBe('vertical');
    expect(bar.stack).toBe(false);
  });

  it('turns many metrics into one metric and back', () => {
    const pie = switchVizType(table, plugin('pie'));
    expect(pie.metric).toEqual(COUNT);
    expect(pie).not.toHaveProperty('metrics');
    const backToBar = switchVizType(pie, plugin('echarts_timeseries_bar'));
    expect(backToBar.metrics).toEqual([COUNT]);
  });

  it('does nothing when the type stays the same', () => {
    const state = { ...table };
    expect(formDataReducer(state, { type: 'switch-viz-type', plugin: plugin('table') })).toBe(
      state,
    );
  });
});

describe('formDataReducer', () => {
  it("applies a control's change and leaves the rest", () => {
    const state: ChartFormData = { viz_type: 'table', row_limit: 10, datasource: '3__table' };
    const next = formDataReducer(state, { type: 'change', patch: { row_limit: 50 } });
    expect(next).toEqual({ viz_type: 'table', row_limit: 50, datasource: '3__table' });
    expect(state.row_limit).toBe(10);
  });
});
