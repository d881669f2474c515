import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { createGroupbyLabeler } from '../../core/query/groupby-label';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter, type NumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import type { HistogramFormData } from './types';

const formatPercent = getNumberFormatter(',.2%');

/** A bin's label, `"<low> - <high>"` as the server names it, with its bounds in the x format. */
export function formatBinLabel(bin: string, formatBound: NumberFormatter): string {
  const bounds = bin.split(' - ').map((bound) => toNumberOrNull(bound));
  if (bounds.length !== 2 || bounds.some((bound) => bound === null)) return bin;
  return `${formatBound(bounds[0])} - ${formatBound(bounds[1])}`;
}

interface AxisTooltipParam {
  name: string;
  seriesName: string;
  value: number | null;
}

/**
 * The ECharts option of the Histogram (Superset's Histogram `transformProps`): the bins the
 * server made along the x-axis, one series of bars per group (named by its values, or by the
 * column without groups). With groups the tooltip also shows each group's share of the bin.
 */
export function transformHistogramProps(
  formData: HistogramFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const groupby = columnsOf(formData.groupby).map(getColumnLabel);
  const [column] = columnsOf(formData.column);
  const columnLabel = column === undefined ? '' : getColumnLabel(column);
  const columnName = context.verboseMap?.[columnLabel] ?? columnLabel;
  const bins = (result?.colnames ?? []).filter((name) => !groupby.includes(name));
  const formatX = getNumberFormatter(formData.x_axis_format);
  const formatY = getNumberFormatter(formData.y_axis_format);
  const colorOf = createColorScale(formData.color_scheme);
  const labelOf = createGroupbyLabeler(result, groupby, getTimeFormatter());

  const series = rowsOf(result).map((row) => {
    const name = groupby.length > 0 ? labelOf(row) : columnName;
    return {
      name,
      type: 'bar',
      data: bins.map((bin) => toNumberOrNull(row[bin])),
      itemStyle: { color: colorOf(name) },
      label: {
        show: formData.show_value ?? false,
        position: 'top',
        formatter: ({ value }: { value: number | null }) => formatY(value),
      },
    };
  });

  const tooltipFormatter = (params: AxisTooltipParam[]) => {
    const rows = params.map((param) => [param.seriesName, formatY(param.value)]);
    if (groupby.length > 0) {
      const total = params.reduce((sum, param) => sum + (param.value ?? 0), 0);
      if (!formData.normalize) {
        rows.forEach((cells, i) =>
          cells.push(formatPercent((params[i]?.value ?? 0) / (total || 1))),
        );
      }
      rows.push(['Total', formatY(total), ...(formData.normalize ? [] : [formatPercent(1)])]);
    }
    return tooltipHtml(rows, params[0]?.name);
  };

  const showLegend = formData.show_legend ?? true;
  return {
    ariaLabel: `Histogram of ${columnName}`,
    option: {
      animation: false,
      grid: { left: 16, right: 24, top: showLegend ? 40 : 24, bottom: 16, outerBoundsMode: 'same' },
      legend: { show: showLegend, type: 'scroll', top: 0, data: series.map((s) => s.name) },
      tooltip: { trigger: 'axis', confine: true, formatter: tooltipFormatter },
      xAxis: {
        type: 'category',
        data: bins.map((bin) => formatBinLabel(bin, formatX)),
        name: formData.x_axis_title ?? '',
        nameLocation: 'middle',
        nameGap: 36,
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => formatY(value) },
        name: formData.y_axis_title ?? '',
        nameLocation: 'middle',
        nameGap: formData.normalize ? 56 : 44,
      },
      series,
    },
  };
}
