import type { DataMask } from '@superset-ts/shared';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getLabelColors } from '../color/label-colors';
import type { ChartInteraction } from '../core/chart-plugin';
import { SuperChart } from '../core/SuperChart';
import { chartDataResult } from '../testing/chart-data-result';
import type { EchartsClickEvent } from './echarts-cross-filter';

// jsdom has no canvas: a stand-in ECharts records the option and the click handler.
const chart = vi.hoisted(() => ({
  setOption: vi.fn(),
  handlers: new Map<string, (event: unknown) => void>(),
}));
vi.mock('./echarts-core', () => ({
  echarts: {
    init: () => ({
      setOption: chart.setOption,
      resize: vi.fn(),
      dispose: vi.fn(),
      on: (name: string, handler: (event: unknown) => void) => chart.handlers.set(name, handler),
      off: (name: string) => chart.handlers.delete(name),
    }),
  },
}));

function interaction(selectedValues: unknown[] | null = null) {
  const setDataMask = vi.fn<(mask: DataMask) => void>();
  const value: ChartInteraction = { emitCrossFilters: true, selectedValues, setDataMask };
  return { value, setDataMask };
}

// The plugin loads lazily: its div can be in the DOM before React has run the effects that
// create the chart and attach the click handler, so wait for the handler, not for the div.
async function click(event: EchartsClickEvent) {
  const handler = await vi.waitFor(() => {
    const registered = chart.handlers.get('click');
    if (!registered) throw new Error('The chart listens to no clicks');
    return registered;
  });
  act(() => handler(event));
}

type SeriesOption = { id?: string; data: unknown[]; itemStyle?: { opacity?: number } };
async function lastOption() {
  await vi.waitFor(() => expect(chart.setOption).toHaveBeenCalled());
  return (chart.setOption.mock.calls.at(-1) as [{ series: SeriesOption[] }])[0];
}

const pieFormData = {
  datasource: '1__table',
  viz_type: 'pie',
  groupby: ['region'],
  metric: 'count',
};
const pieResult = chartDataResult(
  ['region', 'count'],
  [1, 0],
  [
    { region: 'EU', count: 3 },
    { region: 'NA', count: 5 },
  ],
);

describe('cross-filtering ECharts charts on a dashboard', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    chart.handlers.clear();
    getLabelColors().reset();
  });

  it('filters by the clicked pie slice', async () => {
    const { value, setDataMask } = interaction();
    render(
      <SuperChart
        formData={pieFormData}
        queriesResponse={[pieResult]}
        width={400}
        height={300}
        interaction={value}
      />,
    );
    await screen.findByRole('img', { name: 'Pie chart of count' });
    await click({ componentType: 'series', seriesIndex: 0, dataIndex: 1, name: 'NA' });
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['NA'] }] },
      filterState: { value: ['NA'], label: 'NA' },
    });
  });

  it('dims the slices not selected and clears the filter when the selected slice is clicked', async () => {
    const { value, setDataMask } = interaction(['NA']);
    render(
      <SuperChart
        formData={pieFormData}
        queriesResponse={[pieResult]}
        width={400}
        height={300}
        interaction={value}
      />,
    );
    await screen.findByRole('img', { name: 'Pie chart of count' });
    const slices = (await lastOption()).series[0]?.data as { itemStyle: { opacity?: number } }[];
    expect(slices.map((slice) => slice.itemStyle.opacity)).toEqual([0.3, undefined]);
    await click({ componentType: 'series', seriesIndex: 0, dataIndex: 1, name: 'NA' });
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [] },
      filterState: { value: null },
    });
  });

  it('does not listen to clicks when the chart is not on a cross-filtering dashboard', async () => {
    render(
      <SuperChart formData={pieFormData} queriesResponse={[pieResult]} width={400} height={300} />,
    );
    await screen.findByRole('img', { name: 'Pie chart of count' });
    await vi.waitFor(() => expect(chart.setOption).toHaveBeenCalled());
    expect(chart.handlers.has('click')).toBe(false);
  });

  it('filters a bar chart by the category of its categorical x-axis', async () => {
    const { value, setDataMask } = interaction(['EU']);
    render(
      <SuperChart
        formData={{
          datasource: '1__table',
          viz_type: 'echarts_timeseries_bar',
          x_axis: 'region',
          metrics: ['count'],
        }}
        queriesResponse={[pieResult]}
        width={400}
        height={300}
        interaction={value}
      />,
    );
    await screen.findByRole('img', { name: 'bar chart of count' });
    const points = (await lastOption()).series[0]?.data as unknown[];
    expect(points).toEqual([['EU', 3], { value: ['NA', 5], itemStyle: { opacity: 0.3 } }]);
    await click({ componentType: 'series', seriesId: 'count', seriesIndex: 0, dataIndex: 1 });
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['NA'] }] },
      filterState: { value: ['NA'], label: 'NA' },
    });
  });

  it('filters a bar chart with dimensions by the clicked series', async () => {
    const { value, setDataMask } = interaction(['girl']);
    render(
      <SuperChart
        formData={{
          datasource: '1__table',
          viz_type: 'echarts_timeseries_bar',
          x_axis: 'region',
          groupby: ['gender'],
          metrics: ['count'],
        }}
        queriesResponse={[
          chartDataResult(
            ['region', 'boy', 'girl'],
            [1, 0, 0],
            [{ region: 'EU', boy: 1, girl: 2 }],
          ),
        ]}
        width={400}
        height={300}
        interaction={value}
      />,
    );
    await screen.findByRole('img', { name: 'bar chart of boy, girl' });
    expect(
      (await lastOption()).series.map((series) => [series.id, series.itemStyle?.opacity]),
    ).toEqual([
      ['boy', 0.3],
      ['girl', undefined],
    ]);
    await click({ componentType: 'series', seriesId: 'boy', seriesIndex: 0, dataIndex: 0 });
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [{ col: 'gender', op: 'IN', val: ['boy'] }] },
      filterState: { value: ['boy'], label: 'boy' },
    });
  });
});
