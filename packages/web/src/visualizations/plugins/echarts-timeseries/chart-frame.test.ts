import { describe, expect, it } from 'vitest';
import { timeseriesChartFrame } from './chart-frame';

const base = {
  names: ['a', 'b'],
  showLegend: true,
  isZoomable: false,
  gridRight: 24,
  xAxisType: 'time' as const,
  formatTime: (value: number) => `t${value}`,
};

describe('timeseriesChartFrame', () => {
  it('makes room for the legend on top and the zoom slider below', () => {
    expect(timeseriesChartFrame({ ...base, isZoomable: true }).grid).toMatchObject({
      top: 40,
      bottom: 48,
      right: 24,
    });
    expect(timeseriesChartFrame({ ...base, showLegend: false }).grid).toMatchObject({
      top: 16,
      bottom: 16,
    });
  });

  it('shows the time under the pointer in the x-axis format, only on a time axis', () => {
    const onTime = timeseriesChartFrame(base).tooltip as {
      axisPointer?: { label: { formatter: (p: { value: number }) => string } };
    };
    expect(onTime.axisPointer?.label.formatter({ value: 5 })).toBe('t5');
    expect(timeseriesChartFrame({ ...base, xAxisType: 'category' }).tooltip).not.toHaveProperty(
      'axisPointer',
    );
  });

  it('formats tooltip values only when given a formatter', () => {
    expect(timeseriesChartFrame(base).tooltip).not.toHaveProperty('valueFormatter');
    const tooltip = timeseriesChartFrame({ ...base, formatValue: (value) => `v${String(value)}` })
      .tooltip as { valueFormatter?: (value: unknown) => string };
    expect(tooltip.valueFormatter?.(3)).toBe('v3');
  });
});
