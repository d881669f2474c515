import type { ChartDataResult } from '@superset-ts/shared';
import { getSequentialScheme } from '../../color/sequential-schemes';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { DTTM_ALIAS, getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import type { CalendarHeatmapFormData, CalendarHeatmapProps } from './types';

const nonNegative = (value: unknown, fallback: number) =>
  Math.max(0, Math.round(numberValue(value) ?? fallback));

/**
 * The Calendar Heatmap's props (Superset's calendar `transformProps`): per metric, its value at
 * each cell's start time (`__timestamp`), with the cell and color settings; cells are laid out
 * at the chart's width by the view.
 */
export function transformCalendarHeatmapProps(
  formData: CalendarHeatmapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): CalendarHeatmapProps {
  const rows = rowsOf(queriesResponse[0]);
  const metrics = metricsOf(formData.metrics).map((metric) => {
    const label = getMetricLabel(metric);
    const values = new Map<number, number>();
    for (const row of rows) {
      const time = toNumberOrNull(row[DTTM_ALIAS]);
      const value = toNumberOrNull(row[label]);
      if (time !== null && value !== null) values.set(time, (values.get(time) ?? 0) + value);
    }
    return { name: context.verboseMap?.[label] ?? label, values };
  });
  return {
    metrics,
    domain: formData.domain_granularity ?? 'month',
    subdomain: formData.subdomain_granularity ?? 'day',
    colors: getSequentialScheme(formData.linear_color_scheme).colors,
    steps: Math.max(2, nonNegative(formData.steps, 10)),
    cellSize: Math.max(2, nonNegative(formData.cell_size, 10)),
    cellPadding: nonNegative(formData.cell_padding, 2),
    cellRadius: nonNegative(formData.cell_radius, 0),
    showLegend: formData.show_legend ?? true,
    showValues: formData.show_values ?? false,
    showMetricName: formData.show_metric_name ?? true,
    formatValue: getNumberFormatter(formData.y_axis_format),
    formatTime: getTimeFormatter(formData.x_axis_time_format),
  };
}
