import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { readGroupedMetrics } from '../../core/query/grouped-metrics';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import type { BoxPlotFormData, XTicksLayout } from './types';

/** One box: the statistics the server's `boxplot` step computed for a group and a metric. */
interface Box {
  name: string;
  color: string;
  /** min (lower whisker), q1, median, q3, max (upper whisker). */
  box: (number | null)[];
  mean: number | null;
  count: number | null;
  outliers: number[];
}

function readOutliers(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value.map(toNumberOrNull).filter((outlier): outlier is number => outlier !== null);
}

/** The x-axis labels' layout; "staggered" puts every other label on a second line. */
function axisLabelFor(layout: XTicksLayout | undefined): Record<string, unknown> {
  switch (layout) {
    case 'flat':
      return { rotate: 0 };
    case '45°':
      return { rotate: -45 };
    case '90°':
      return { rotate: -90 };
    case 'staggered':
      return {
        interval: 0,
        formatter: (value: string, index: number) => (index % 2 === 1 ? `\n${value}` : value),
      };
    case 'auto':
    case undefined:
      return { hideOverlap: true };
  }
}

/**
 * The ECharts option of the Box Plot (Superset's BoxPlot `transformProps`): a box per
 * dimension group (and per metric when there are several) from the statistics the server
 * computed, outliers as points, each group in its label color; the tooltip lists the
 * statistics in the number format.
 */
export function transformBoxPlotProps(
  formData: BoxPlotFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const { metrics, labelOf, formatValue, colorOf, displayName } = readGroupedMetrics(
    formData,
    result,
    context,
  );

  const boxes: Box[] = rowsOf(result).flatMap((row) => {
    const group = labelOf(row);
    return metrics.map((metric) => {
      const stat = (name: string) => toNumberOrNull(row[`${metric}__${name}`]);
      const metricName = displayName(metric);
      return {
        name: group === '' ? metricName : metrics.length > 1 ? `${group}, ${metricName}` : group,
        color: colorOf(group === '' ? metric : group),
        box: ['min', 'q1', 'median', 'q3', 'max'].map(stat),
        mean: stat('mean'),
        count: stat('count'),
        outliers: readOutliers(row[`${metric}__outliers`]),
      };
    });
  });

  const boxTooltip = ({ dataIndex }: { dataIndex: number }) => {
    const box = boxes[dataIndex];
    if (!box) return '';
    const [min, q1, median, q3, max] = box.box;
    const rows = [
      ['Max', formatValue(max)],
      ['3rd Quartile', formatValue(q3)],
      ['Mean', formatValue(box.mean)],
      ['Median', formatValue(median)],
      ['1st Quartile', formatValue(q1)],
      ['Min', formatValue(min)],
      ['# Observations', String(box.count ?? 0)],
    ];
    if (box.outliers.length > 0) rows.push(['# Outliers', String(box.outliers.length)]);
    return tooltipHtml(rows, box.name);
  };

  const xTitle = formData.x_axis_title ?? '';
  const yTitle = formData.y_axis_title ?? '';
  return {
    ariaLabel: `Box plot of ${metrics.map(displayName).join(', ')}`,
    option: {
      animation: false,
      // Axis labels and titles are laid out inside these margins (ECharts 6 outer bounds).
      grid: { left: 16, right: 24, top: 24, bottom: 16, outerBoundsMode: 'same' },
      tooltip: { trigger: 'item', confine: true },
      xAxis: {
        type: 'category',
        data: boxes.map((box) => box.name),
        axisLabel: axisLabelFor(formData.x_ticks_layout),
        name: xTitle,
        nameLocation: 'middle',
        nameGap: 36,
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { formatter: (value: number) => formatValue(value) },
        name: yTitle,
        nameLocation: 'middle',
        nameGap: 56,
      },
      series: [
        {
          name: 'boxplot',
          type: 'boxplot',
          data: boxes.map((box) => ({
            name: box.name,
            value: box.box,
            itemStyle: { color: box.color, borderColor: box.color, opacity: 0.6 },
          })),
          tooltip: { formatter: boxTooltip },
        },
        {
          name: 'outlier',
          type: 'scatter',
          data: boxes.flatMap((box) =>
            box.outliers.map((value) => ({
              value: [box.name, value],
              itemStyle: { color: box.color },
            })),
          ),
          tooltip: {
            formatter: ({ value }: { value: [string, number] }) =>
              tooltipHtml([[formatValue(value[1])]], value[0]),
          },
        },
      ],
    },
  };
}
