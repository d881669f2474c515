import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { cellText, columnTypeOf, GenericDataType, rowsOf } from '../../core/query/results';
import { getXAxisLabel } from '../../core/query/x-axis';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { cssColorOf } from './css-color';
import { stackPiecesOf } from './stack-pieces';
import { DEFAULT_WATERFALL_COLORS, type WaterfallFormData } from './types';
import { waterfallBars, type WaterfallBar } from './waterfall-bars';

const EMPTY = '-';
const TICK_ROTATION: Readonly<Record<string, number>> = {
  flat: 0,
  '45°': -45,
  '90°': -90,
  staggered: -45,
};

/**
 * The ECharts option of the Waterfall Chart (Superset's Waterfall `transformProps`): each
 * period's change of the running total as a floating bar, green up, red down, and grey total
 * bars from zero; with a breakdown, one bar per breakdown value and a total per period.
 */
export function transformWaterfallProps(
  formData: WaterfallFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const xAxis = getXAxisLabel(formData) ?? '';
  const [breakdownColumn] = columnsOf(formData.groupby);
  const breakdown = breakdownColumn === undefined ? undefined : getColumnLabel(breakdownColumn);
  const [metric] = metricsOf(formData.metric);
  const bars = waterfallBars(rowsOf(result), {
    xAxis,
    metric: metric === undefined ? '' : getMetricLabel(metric),
    ...(breakdown !== undefined ? { breakdown } : {}),
    showTotal: formData.show_total ?? true,
  });

  const formatValue = getNumberFormatter(formData.y_axis_format);
  const formatTime = getTimeFormatter(formData.x_axis_time_format);
  const isTemporal = columnTypeOf(result, xAxis) === GenericDataType.TEMPORAL;
  const periodText = (period: unknown) =>
    isTemporal && typeof period === 'number' ? formatTime(period) : cellText(period ?? '<NULL>');
  const names = {
    increase: formData.increase_label || 'Increase',
    decrease: formData.decrease_label || 'Decrease',
    total: formData.total_label || 'Total',
  };
  const colors = {
    increase: cssColorOf(formData.increase_color, DEFAULT_WATERFALL_COLORS.increase),
    decrease: cssColorOf(formData.decrease_color, DEFAULT_WATERFALL_COLORS.decrease),
    total: cssColorOf(formData.total_color, DEFAULT_WATERFALL_COLORS.total),
  };
  const categoryOf = (bar: WaterfallBar) => {
    if (bar.kind === 'total') return breakdown === undefined ? names.total : periodText(bar.period);
    return bar.breakdown !== undefined
      ? cellText(bar.breakdown ?? '<NULL>')
      : periodText(bar.period);
  };
  const pieces = bars.map(stackPiecesOf);
  const barSeries = (kind: WaterfallBar['kind'], position: string) => ({
    type: 'bar',
    name: names[kind],
    stack: 'waterfall',
    color: colors[kind],
    data: bars.map((bar, i) => (bar.kind === kind ? (pieces[i]?.visible ?? EMPTY) : EMPTY)),
    label: {
      show: formData.show_value ?? false,
      position,
      formatter: ({ dataIndex }: { dataIndex: number }) => formatValue(bars[dataIndex]?.value),
    },
  });
  const tooltipOf = (bar: WaterfallBar) => {
    const title =
      bar.breakdown !== undefined
        ? `${periodText(bar.period)} · ${categoryOf(bar)}`
        : categoryOf(bar);
    const rows = bar.kind === 'total' ? [] : [[names[bar.kind], formatValue(bar.value)]];
    return tooltipHtml([...rows, [names.total, formatValue(bar.end)]], title);
  };
  const xAxisName = formData.x_axis_label ?? '';
  const yAxisName = formData.y_axis_label ?? '';
  const rotate = TICK_ROTATION[formData.x_ticks_layout ?? 'auto'];

  return {
    ariaLabel: `waterfall chart of ${metric === undefined ? '' : (context.verboseMap?.[getMetricLabel(metric)] ?? getMetricLabel(metric))}`,
    option: {
      animation: false,
      grid: {
        left: yAxisName ? 48 : 16,
        right: 24,
        top: formData.show_legend ? 40 : 24,
        bottom: xAxisName ? 40 : 16,
        containLabel: true,
      },
      legend: {
        show: formData.show_legend ?? false,
        top: 0,
        data: [names.increase, names.decrease, names.total],
      },
      tooltip: {
        trigger: 'axis',
        confine: true,
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const bar = bars[params[0]?.dataIndex ?? -1];
          return bar ? tooltipOf(bar) : '';
        },
      },
      xAxis: {
        type: 'category',
        data: bars.map(categoryOf),
        name: xAxisName,
        nameLocation: 'middle',
        nameGap: 32,
        axisLabel: { hideOverlap: false, ...(rotate !== undefined ? { rotate } : {}) },
      },
      yAxis: {
        type: 'value',
        name: yAxisName,
        nameLocation: 'middle',
        nameGap: 48,
        // Room above and below the bars for the value labels written past their ends.
        ...(formData.show_value ? { boundaryGap: ['8%', '8%'] } : {}),
        axisLabel: { formatter: (value: number) => formatValue(value) },
      },
      series: [
        {
          type: 'bar',
          name: 'assist',
          stack: 'waterfall',
          silent: true,
          tooltip: { show: false },
          data: bars.map((bar, i) => {
            const piece = pieces[i];
            if (!piece || piece.base === null) return EMPTY;
            const color = piece.isBaseVisible ? colors[bar.kind] : 'transparent';
            return { value: piece.base, itemStyle: { color } };
          }),
        },
        barSeries('increase', 'top'),
        barSeries('decrease', 'bottom'),
        barSeries('total', 'top'),
      ],
    },
  };
}
