import { describe, expect, it } from 'vitest';
import { chartDataResult, day } from '../../testing/chart-data-result';
import type { EchartsProps } from '../../echarts/EchartsView';
import { barChartPlugin } from '../echarts-timeseries-bar';
import { scatterChartPlugin } from '../echarts-timeseries-scatter';
import { smoothLineChartPlugin } from '../echarts-timeseries-smooth';
import { steppedLineChartPlugin } from '../echarts-timeseries-step';

const response = [chartDataResult(['ds', 'count'], [2, 0], [{ ds: day('2024-01-01'), count: 3 }])];
const firstSeries = (props: unknown) =>
  ((props as EchartsProps).option as { series: Record<string, unknown>[] }).series[0];

describe('time-series plugin family', () => {
  it('draws dots for the scatter plot, curves for the smooth line and steps for the stepped line', () => {
    const formData = { x_axis: 'ds', metrics: ['count'] };
    expect(
      firstSeries(scatterChartPlugin.transformProps({ ...formData, markerSize: 9 }, response, {})),
    ).toMatchObject({ type: 'scatter', symbolSize: 9 });
    expect(firstSeries(smoothLineChartPlugin.transformProps(formData, response, {}))).toMatchObject(
      { type: 'line', smooth: true, step: false },
    );
    expect(
      firstSeries(steppedLineChartPlugin.transformProps(formData, response, {})),
    ).toMatchObject({ type: 'line', step: 'start' });
    expect(
      firstSeries(
        steppedLineChartPlugin.transformProps({ ...formData, seriesType: 'end' }, response, {}),
      ),
    ).toMatchObject({ step: 'end' });
  });

  it('shows advanced analytics in the Data tab and how the chart looks in the Customize tab', () => {
    const tabs = barChartPlugin.controlPanel.sections.map((section) => [
      section.label,
      section.tab ?? 'data',
    ]);
    expect(tabs).toEqual([
      ['Query', 'data'],
      ['Advanced analytics', 'data'],
      ['Chart Orientation', 'customize'],
      ['Chart Options', 'customize'],
      ['X Axis', 'customize'],
      ['Y Axis', 'customize'],
    ]);
  });

  it('refuses a time shift the server would not understand', () => {
    const errors = scatterChartPlugin.validate({
      datasource: '1__table',
      x_axis: 'ds',
      metrics: ['count'],
      time_compare: ['yesterday'],
    });
    expect(errors.map((error) => error.control)).toEqual(['time_compare']);
  });
});
