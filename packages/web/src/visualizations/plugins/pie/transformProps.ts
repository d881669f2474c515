import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  cellText,
  columnTypeOf,
  GenericDataType,
  rowsOf,
  toNumberOrNull,
} from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { pieCrossFilter } from './pie-cross-filter';
import type { PieFormData, PieLabelType } from './types';

const formatPercent = getNumberFormatter(',.2%');

/** A slice's label text for the chosen label type. */
export function pieLabel(type: PieLabelType, name: string, value: string, percent: string): string {
  switch (type) {
    case 'key':
      return name;
    case 'value':
      return value;
    case 'percent':
      return percent;
    case 'key_value':
      return `${name}: ${value}`;
    case 'key_percent':
      return `${name}: ${percent}`;
    case 'key_value_percent':
      return `${name}: ${value} (${percent})`;
    case 'value_percent':
      return `${value} (${percent})`;
  }
}

/**
 * The ECharts option of the Pie Chart (Superset's Pie `transformProps`): one slice per row,
 * named by its dimension values joined with ", " (times in the date format), labelled when
 * its share reaches `show_labels_threshold` percent.
 */
export function transformPieProps(
  formData: PieFormData,
  queriesResponse: readonly ChartDataResult[],
  _context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const metric = metricsOf(formData.metric)[0];
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const groupbyColumns = columnsOf(formData.groupby);
  const groupby = groupbyColumns.map(getColumnLabel);
  const formatValue = getNumberFormatter(formData.number_format);
  const formatTime = getTimeFormatter(formData.date_format);
  const colorOf = createColorScale(formData.color_scheme);
  const nameOf = (row: Record<string, unknown>) =>
    groupby.length === 0
      ? metricLabel
      : groupby
          .map((column) => {
            const value = row[column];
            if (
              columnTypeOf(result, column) === GenericDataType.TEMPORAL &&
              typeof value === 'number'
            ) {
              return formatTime(value);
            }
            return value === null || value === undefined ? '<NULL>' : cellText(value);
          })
          .join(', ');

  const slices = rowsOf(result).map((row) => ({
    name: nameOf(row),
    value: toNumberOrNull(row[metricLabel]),
    values: groupby.map((column) => row[column] ?? null),
  }));
  const total = slices.reduce((sum, slice) => sum + (slice.value ?? 0), 0);
  const labelType = formData.label_type ?? 'key';
  const threshold = (formData.show_labels_threshold ?? 5) / 100;
  const showLegend = formData.show_legend ?? true;
  const outer = formData.outerRadius ?? 70;
  const inner = formData.donut ? (formData.innerRadius ?? 30) : 0;

  const data = slices.map((slice) => {
    const share = total === 0 || slice.value === null ? 0 : slice.value / total;
    return {
      name: slice.name,
      value: slice.value,
      itemStyle: { color: colorOf(slice.name) },
      label: {
        show: (formData.show_labels ?? true) && share >= threshold,
        formatter: pieLabel(labelType, slice.name, formatValue(slice.value), formatPercent(share)),
      },
    };
  });

  return {
    ariaLabel: `Pie chart of ${metricLabel}`,
    ...(groupbyColumns.length > 0 ? { crossFilter: pieCrossFilter(groupbyColumns, slices) } : {}),
    option: {
      animation: false,
      legend: { show: showLegend, type: 'scroll', top: 0, data: slices.map((slice) => slice.name) },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { name: string; value: number | null; percent: number }) =>
          `${params.name}: ${formatValue(params.value)} (${formatPercent(params.percent / 100)})`,
      },
      ...(formData.show_total
        ? {
            graphic: {
              type: 'text',
              left: 'center',
              top: 'middle',
              style: { text: `Total: ${formatValue(total)}` },
            },
          }
        : {}),
      series: [
        {
          type: 'pie',
          radius: [`${inner}%`, `${outer}%`],
          center: ['50%', showLegend ? '55%' : '50%'],
          label: { position: (formData.labels_outside ?? true) ? 'outer' : 'inner' },
          data,
        },
      ],
    },
  };
}
