import type { XAxisType } from './axes';

/** What the frame around a timeseries chart's series depends on. */
export interface ChartFrameInput {
  /** The series' names, in the legend's order. */
  names: readonly string[];
  showLegend: boolean;
  /** Whether a zoom slider sits under the chart, which the grid leaves room for. */
  isZoomable: boolean;
  /** The grid's right margin in pixels. */
  gridRight: number;
  xAxisType: XAxisType;
  formatTime: (value: number) => string;
  /** How the tooltip shows a value; ECharts' own format when absent. */
  formatValue?: (value: unknown) => string;
}

/**
 * The parts of the ECharts option every timeseries chart (the single-query kinds and the Mixed
 * Chart) frames its series with: no animation, a grid that makes room for the legend and the
 * zoom slider, a scrolling legend on top, and a tooltip over the whole x position whose pointer
 * shows the time in the x-axis format on a time axis.
 */
export function timeseriesChartFrame({
  names,
  showLegend,
  isZoomable,
  gridRight,
  xAxisType,
  formatTime,
  formatValue,
}: ChartFrameInput) {
  return {
    animation: false,
    grid: {
      left: 16,
      right: gridRight,
      top: showLegend ? 40 : 16,
      bottom: isZoomable ? 48 : 16,
      containLabel: true,
    },
    legend: { show: showLegend, type: 'scroll', top: 0, data: names },
    tooltip: {
      trigger: 'axis',
      confine: true,
      ...(formatValue ? { valueFormatter: formatValue } : {}),
      ...(xAxisType === 'time'
        ? { axisPointer: { label: { formatter: (p: { value: number }) => formatTime(p.value) } } }
        : {}),
    },
  };
}
