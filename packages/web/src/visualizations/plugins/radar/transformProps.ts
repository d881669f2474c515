import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { readGroupedMetrics } from '../../core/query/grouped-metrics';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { radarIndicators } from './indicators';
import type { RadarFormData } from './types';

/** The name of the one series of a radar without dimensions. */
const ALL_ROWS = 'All';

interface LabelParams {
  dataIndex: number;
  dimensionIndex?: number;
}

/**
 * The ECharts option of the Radar Chart (Superset's Radar `transformProps`): an axis per
 * metric, a shape per dimension group in its label color; values normalized per group when
 * asked (labels and tooltip still show the real values).
 */
export function transformRadarProps(
  formData: RadarFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const { metrics, groupby, labelOf, formatValue, colorOf, displayName } = readGroupedMetrics(
    formData,
    result,
    context,
  );
  const isNormalized = formData.is_normalized === true;

  const groups = rowsOf(result).map((row) => ({
    name: groupby.length > 0 ? labelOf(row) : ALL_ROWS,
    values: metrics.map((metric) => toNumberOrNull(row[metric])),
  }));
  const present = (values: readonly (number | null)[]) =>
    values.filter((value): value is number => value !== null);
  const indicators = radarIndicators(
    metrics,
    metrics.map((_, index) => present(groups.map((group) => group.values[index] ?? null))),
    isNormalized,
    formData.column_config,
    displayName,
  );
  const plotted = (values: readonly (number | null)[]) => {
    if (!isNormalized) return values;
    const largest = Math.max(...present(values));
    return values.map((value) => (value === null || !(largest > 0) ? value : value / largest));
  };

  const labelFormatter = ({ dataIndex, dimensionIndex }: LabelParams) => {
    const group = groups[dataIndex];
    const value = formatValue(group?.values[dimensionIndex ?? 0] ?? null);
    return formData.label_type === 'key_value' ? `${group?.name ?? ''}: ${value}` : value;
  };
  const tooltipFormatter = ({ dataIndex }: { dataIndex: number }) => {
    const group = groups[dataIndex];
    if (!group) return '';
    const rows = metrics.map((metric, index) => [
      displayName(metric),
      formatValue(group.values[index] ?? null),
    ]);
    return tooltipHtml(rows, group.name);
  };

  const showLegend = formData.show_legend ?? true;
  return {
    ariaLabel: `Radar chart of ${metrics.map(displayName).join(', ')}`,
    option: {
      animation: false,
      legend: { show: showLegend, type: 'scroll', top: 0, data: groups.map((group) => group.name) },
      tooltip: { trigger: 'item', confine: true, formatter: tooltipFormatter },
      radar: {
        shape: formData.is_circle ? 'circle' : 'polygon',
        center: ['50%', showLegend ? '55%' : '50%'],
        radius: '65%',
        indicator: indicators,
      },
      series: [
        {
          type: 'radar',
          label: {
            show: formData.show_labels ?? true,
            position: formData.label_position ?? 'top',
            formatter: labelFormatter,
          },
          emphasis: { label: { show: true, fontWeight: 'bold' } },
          data: groups.map((group) => {
            const color = colorOf(group.name);
            return {
              name: group.name,
              value: plotted(group.values),
              itemStyle: { color },
              lineStyle: { color },
            };
          }),
        },
      ],
    },
  };
}
