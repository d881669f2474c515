import type { ChartDataResult } from '@superset-ts/shared';
import { seriesOriginOf, unescapeLabel } from '../../core/advanced-analytics/derived-series';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { DTTM_ALIAS, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { columnTypeOf, toNumberOrNull } from '../../core/query/results';
import { getXAxisColumn, getXAxisLabel } from '../../core/query/x-axis';
import type { EchartsProps } from '../../echarts/EchartsView';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { categoryOf, valueAxisOption, valueFormatterOf, xAxisOption, xAxisTypeOf } from './axes';
import { sortCategories } from './category-order';
import { timeseriesChartFrame } from './chart-frame';
import { drawingOf } from './drawing';
import { extractSeries } from './extract-series';
import { seriesOption } from './series-option';
import { categoryCrossFilter, seriesCrossFilter } from './timeseries-cross-filter';
import type { TimeseriesFormData, TimeseriesKind } from './types';

/**
 * The ECharts option of a time-series chart (Superset's Timeseries `transformProps`): one
 * series per result column besides the x-axis, colored by the shared label colors (a
 * time-shifted series dashed, in its source's color), categories in the chosen order, values
 * and axis labels in the chosen number and time formats.
 */
export function transformTimeseriesProps(
  kind: TimeseriesKind,
  formData: TimeseriesFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const xAxisLabel = getXAxisLabel(formData) ?? DTTM_ALIAS;
  const xAxisType = xAxisTypeOf(columnTypeOf(result, xAxisLabel));
  const extracted =
    xAxisType === 'category'
      ? sortCategories(extractSeries(result, xAxisLabel), formData, xAxisLabel)
      : extractSeries(result, xAxisLabel);
  const metricLabels = metricsOf(formData.metrics).map(getMetricLabel);
  const formatValue = valueFormatterOf(formData, formData.y_axis_format);
  const formatTime = getTimeFormatter(formData.x_axis_time_format);
  const colorOf = createColorScale(formData.color_scheme);
  const drawing = drawingOf(kind, formData, formatValue);
  const displayName = (name: string) => context.verboseMap?.[name] ?? unescapeLabel(name);
  const xValues = xAxisType === 'category' ? extracted.xValues.map(categoryOf) : extracted.xValues;

  const sourceColumnOf = new Map<string, string>();
  const series = extracted.columns.map((column) => {
    const origin = seriesOriginOf(column.name, formData, metricLabels);
    sourceColumnOf.set(column.name, origin.sourceColumn);
    return seriesOption(
      {
        id: column.name,
        name: displayName(column.name),
        color: colorOf(origin.sourceColumn),
        xValues,
        values: column.values,
        isTimeShifted: origin.isTimeShifted,
      },
      drawing,
    );
  });

  const categoryAxis = xAxisOption({
    type: xAxisType,
    categories: extracted.xValues,
    formatTime,
    rotation: formData.xAxisLabelRotation,
    isVertical: drawing.isHorizontal,
  });
  const valueAxis = valueAxisOption({ formatValue, isLog: formData.logAxis ?? false });
  const names = extracted.columns.map((column) => displayName(column.name));

  const groupby = columnsOf(formData.groupby);
  const xAxis = getXAxisColumn(formData);
  const crossFilter =
    groupby.length > 0
      ? seriesCrossFilter(groupby, sourceColumnOf)
      : xAxisType === 'category' && xAxis !== undefined
        ? categoryCrossFilter(xAxis, extracted.xValues)
        : undefined;

  return {
    ariaLabel: `${kind} chart of ${names.join(', ')}`,
    ...(crossFilter ? { crossFilter } : {}),
    option: {
      ...timeseriesChartFrame({
        names,
        showLegend: formData.show_legend ?? true,
        isZoomable: Boolean(formData.zoomable),
        gridRight: 24,
        xAxisType,
        formatTime,
        formatValue: (value) => formatValue(toNumberOrNull(value)),
      }),
      xAxis: drawing.isHorizontal ? valueAxis : categoryAxis,
      yAxis: drawing.isHorizontal ? categoryAxis : valueAxis,
      ...(formData.zoomable
        ? {
            dataZoom: [
              { type: 'slider', bottom: 8, ...(drawing.isHorizontal ? { yAxisIndex: 0 } : {}) },
            ],
          }
        : {}),
      series,
    },
  };
}
