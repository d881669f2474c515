import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { createGroupbyLabeler } from '../../core/query/groupby-label';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { formatFunnelLabel, labelTypeParts, type FunnelLabelParts } from './funnel-label';
import { FunnelLabelType, type FunnelFormData, type PercentCalculation } from './types';

const formatPercent = getNumberFormatter(',.2%');

const share = (value: number | null, of: number | null | undefined) =>
  value === null || !of ? 0 : value / of;

/** Each step's share of the first step, of the step before it, or of the total. */
export function stepShares(
  values: readonly (number | null)[],
  calculation: PercentCalculation,
): number[] {
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return values.map((value, index) => {
    switch (calculation) {
      case 'total':
        return share(value, total);
      case 'prev_step':
        return index === 0 ? 1 : share(value, values[index - 1]);
      case 'first_step':
        return share(value, values[0]);
    }
  });
}

/**
 * The ECharts option of the Funnel Chart (Superset's Funnel `transformProps`): a step per row
 * named by its dimension values, in its label color, labelled and explained in the tooltip
 * with its value and its share of the first step, the previous step or the total.
 */
export function transformFunnelProps(
  formData: FunnelFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const groupby = columnsOf(formData.groupby).map(getColumnLabel);
  const labelOf = createGroupbyLabeler(result, groupby, getTimeFormatter());
  const formatValue = getNumberFormatter(formData.number_format);
  const colorOf = createColorScale(formData.color_scheme);
  const rows = rowsOf(result);
  const values = rows.map((row) => toNumberOrNull(row[metricLabel]));
  const shares = stepShares(values, formData.percent_calculation_type ?? 'first_step');
  const parts: FunnelLabelParts[] = rows.map((row, index) => ({
    name: groupby.length > 0 ? labelOf(row) : metricName,
    value: formatValue(values[index]),
    percent: formatPercent(shares[index]),
  }));

  const tooltipType = formData.tooltip_label_type ?? FunnelLabelType.KeyValuePercent;
  const tooltipFormatter = ({ dataIndex }: { dataIndex: number }) => {
    const step = parts[dataIndex];
    if (!step) return '';
    const { hasName, hasValue, hasPercent } = labelTypeParts(tooltipType);
    const cells = hasValue || hasPercent ? [metricName] : [];
    if (hasValue) cells.push(step.value);
    if (hasPercent) cells.push(step.percent);
    return tooltipHtml(cells.length > 0 ? [cells] : [], hasName ? step.name : undefined);
  };

  const showLegend = formData.show_legend ?? true;
  const labelType = formData.label_type ?? FunnelLabelType.Key;
  return {
    ariaLabel: `Funnel chart of ${metricName}`,
    option: {
      animation: false,
      legend: { show: showLegend, type: 'scroll', top: 0, data: parts.map((step) => step.name) },
      tooltip: {
        show: formData.show_tooltip_labels ?? true,
        trigger: 'item',
        confine: true,
        formatter: tooltipFormatter,
      },
      series: [
        {
          type: 'funnel',
          top: showLegend ? 40 : 16,
          bottom: 16,
          left: '10%',
          width: '80%',
          minSize: '0%',
          maxSize: '100%',
          sort: formData.sort ?? 'descending',
          orient: formData.orient ?? 'vertical',
          gap: formData.gap ?? 0,
          funnelAlign: 'center',
          labelLine: { show: formData.label_line ?? false },
          label: {
            show: formData.show_labels ?? true,
            position: formData.label_line ? 'outer' : 'inside',
          },
          emphasis: { label: { show: true, fontWeight: 'bold' } },
          data: parts.map((step, index) => ({
            name: step.name,
            value: values[index],
            itemStyle: { color: colorOf(step.name) },
            label: { formatter: formatFunnelLabel(labelType, step) },
          })),
        },
      ],
    },
  };
}
