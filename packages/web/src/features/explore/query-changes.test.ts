import { describe, expect, it } from 'vitest';
import { chartRegistry, type ChartFormData } from '../../visualizations';
import { formDataToDraw, hasQueryChanges, isSameValue } from './query-changes';

const bar = chartRegistry.getChartPlugin('echarts_timeseries_bar');

const queried: ChartFormData = {
  viz_type: 'echarts_timeseries_bar',
  datasource: '3__table',
  x_axis: 'region',
  metrics: ['count'],
  show_legend: true,
  color_scheme: 'supersetColors',
};

describe('hasQueryChanges', () => {
  it('is false when only render-trigger controls changed (a redraw is enough)', () => {
    const current = { ...queried, show_legend: false, color_scheme: 'bnbColors' };
    expect(hasQueryChanges(queried, current, bar)).toBe(false);
  });

  it('is true when a queried control changed', () => {
    expect(hasQueryChanges(queried, { ...queried, x_axis: 'country' }, bar)).toBe(true);
    expect(hasQueryChanges(queried, { ...queried, row_limit: 10 }, bar)).toBe(true);
  });

  it('is true when the viz type changed', () => {
    expect(hasQueryChanges(queried, { ...queried, viz_type: 'pie' }, bar)).toBe(true);
  });

  it('treats empty values alike and ignores key order', () => {
    expect(hasQueryChanges({ ...queried, groupby: [] }, { ...queried }, bar)).toBe(false);
    expect(isSameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(isSameValue(null, undefined)).toBe(true);
    expect(isSameValue(0, null)).toBe(false);
  });
});

describe('formDataToDraw', () => {
  it('draws the queried form data with the current render-trigger values', () => {
    const current = { ...queried, show_legend: false, x_axis: 'country' };
    const drawn = formDataToDraw(queried, current, bar);
    expect(drawn.show_legend).toBe(false);
    expect(drawn.x_axis).toBe('region');
  });

  it('draws the current form data before any query ran', () => {
    const current = { ...queried, x_axis: 'country' };
    expect(formDataToDraw(null, current, bar)).toBe(current);
  });

  it('keeps drawing the queried type until the new type is queried', () => {
    const drawn = formDataToDraw(queried, { ...queried, viz_type: 'pie' }, bar);
    expect(drawn.viz_type).toBe('echarts_timeseries_bar');
  });
});
