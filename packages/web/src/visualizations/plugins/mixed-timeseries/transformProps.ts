import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { DTTM_ALIAS } from '../../core/query/labels';
import { columnTypeOf } from '../../core/query/results';
import { getXAxisLabel } from '../../core/query/x-axis';
import type { EchartsProps } from '../../echarts/EchartsView';
import { getTimeFormatter } from '../../formatting/time-formatter';
import {
  categoryOf,
  valueAxisOption,
  valueFormatterOf,
  xAxisOption,
  xAxisTypeOf,
} from '../echarts-timeseries/axes';
import { timeseriesChartFrame } from '../echarts-timeseries/chart-frame';
import { axisFormatOf, yAxisIndexOf } from './query-drawing';
import { querySeries, readQueryResult } from './query-series';
import type { MixedTimeseriesFormData } from './types';

/**
 * The ECharts option of the Mixed Chart (Superset's MixedTimeseries `transformProps`): each
 * query's series drawn as that query asks (line, bar, scatter, ...) on its y-axis, Query B on
 * the secondary axis by default, each axis in its own number format.
 */
export function transformMixedTimeseriesProps(
  formData: MixedTimeseriesFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const xAxisLabel = getXAxisLabel(formData) ?? DTTM_ALIAS;
  const [resultA, resultB] = queriesResponse;
  const xAxisType = xAxisTypeOf(
    columnTypeOf(resultA, xAxisLabel) ?? columnTypeOf(resultB, xAxisLabel),
  );
  const parts = [
    readQueryResult(formData, 'a', resultA, xAxisLabel),
    readQueryResult(formData, 'b', resultB, xAxisLabel),
  ];
  const [namesA, namesB] = parts.map(
    (part) => new Set(part.extracted.columns.map((column) => column.name)),
  );
  const toX = (value: unknown) => (xAxisType === 'category' ? categoryOf(value) : value);
  const seriesContext = {
    formData,
    transformContext: context,
    colorOf: createColorScale(formData.color_scheme),
    namesA: namesA ?? new Set<string>(),
    namesB: namesB ?? new Set<string>(),
    toX,
  };
  const series = parts.flatMap((part) => querySeries(part, seriesContext));

  const axisFormatter = (axis: 0 | 1) =>
    parts.find((part) => yAxisIndexOf(formData, part.query) === axis)?.formatValue ??
    valueFormatterOf(formData, axisFormatOf(formData, axis));
  const alignTicks = yAxisIndexOf(formData, 'a') !== yAxisIndexOf(formData, 'b');
  const formatTime = getTimeFormatter(formData.x_axis_time_format);
  const names = series.map((entry) => entry.name);

  return {
    ariaLabel: `mixed chart of ${names.join(', ')}`,
    option: {
      ...timeseriesChartFrame({
        names,
        showLegend: formData.show_legend ?? true,
        isZoomable: Boolean(formData.zoomable),
        gridRight: 16,
        xAxisType,
        formatTime,
      }),
      xAxis: xAxisOption({
        type: xAxisType,
        categories: [...new Set(parts.flatMap((part) => part.extracted.xValues.map(toX)))],
        formatTime,
        rotation: formData.xAxisLabelRotation,
      }),
      yAxis: [
        {
          ...valueAxisOption({ formatValue: axisFormatter(0), isLog: formData.logAxis ?? false }),
          alignTicks,
        },
        {
          ...valueAxisOption({
            formatValue: axisFormatter(1),
            isLog: formData.logAxisSecondary ?? false,
            isSecondary: true,
          }),
          alignTicks,
        },
      ],
      ...(formData.zoomable ? { dataZoom: [{ type: 'slider', bottom: 8 }] } : {}),
      series: series.map((entry) => entry.option),
    },
  };
}
