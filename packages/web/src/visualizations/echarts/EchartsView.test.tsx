import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getLabelColors } from '../color/label-colors';
import { SuperChart } from '../core/SuperChart';
import { chartDataResult, day } from '../testing/chart-data-result';

// jsdom has no canvas: a stand-in ECharts records what the chart asks of it.
const chart = vi.hoisted(() => ({
  init: vi.fn(),
  setOption: vi.fn(),
  resize: vi.fn(),
  dispose: vi.fn(),
}));
vi.mock('./echarts-core', () => ({
  echarts: {
    init: (...args: unknown[]) => {
      chart.init(...args);
      return { setOption: chart.setOption, resize: chart.resize, dispose: chart.dispose };
    },
  },
}));

describe('ECharts plugins in SuperChart', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    getLabelColors().reset();
  });

  it('creates a canvas chart of the given size and gives it the line series', async () => {
    const formData = {
      datasource: '1__table',
      viz_type: 'echarts_timeseries_line',
      x_axis: 'ds',
      metrics: ['count'],
    };
    const result = chartDataResult(['ds', 'count'], [2, 0], [{ ds: day('2024-01-01'), count: 3 }]);
    const { unmount } = render(
      <SuperChart formData={formData} queriesResponse={[result]} width={500} height={320} />,
    );

    expect(await screen.findByRole('img', { name: 'line chart of count' })).toBeTruthy();
    // The div can be in the DOM before React runs the effects that create and fill the chart.
    await vi.waitFor(() => expect(chart.setOption).toHaveBeenCalled());
    expect(chart.init).toHaveBeenCalledWith(expect.any(HTMLDivElement), null, {
      renderer: 'canvas',
      width: 500,
      height: 320,
    });
    const [option] = chart.setOption.mock.calls.at(-1) as [
      { series: { name: string; data: unknown[] }[] },
    ];
    expect(option.series).toMatchObject([{ name: 'count', data: [[day('2024-01-01'), 3]] }]);

    unmount();
    expect(chart.dispose).toHaveBeenCalled();
  });
});
