import { numberValue, type ChartFormData } from '../../core/form-data';
import type { NumberFormatter } from '../../formatting/number-formatter';
import { DEFAULT_MARKER_SIZE, isStacked } from '../echarts-timeseries/drawing';
import type { SeriesDrawing } from '../echarts-timeseries/series-option';
import type { SeriesType } from '../echarts-timeseries/types';
import type { MixedQuery, MixedTimeseriesFormData } from './types';

const SERIES_TYPES: readonly SeriesType[] = [
  'line',
  'smooth',
  'scatter',
  'bar',
  'start',
  'middle',
  'end',
];

/** The value axis a query's series use: Query A the primary one, Query B the secondary one. */
export function yAxisIndexOf(formData: MixedTimeseriesFormData, query: MixedQuery): 0 | 1 {
  const value = numberValue(query === 'a' ? formData.yAxisIndex : formData.yAxisIndexB);
  if (value === 0 || value === 1) return value;
  return query === 'a' ? 0 : 1;
}

/** The y-axis format of a value axis. */
export function axisFormatOf(formData: MixedTimeseriesFormData, axis: 0 | 1): unknown {
  return axis === 0 ? formData.y_axis_format : formData.y_axis_format_secondary;
}

/**
 * How one query's series are drawn, from its Customize controls (Query B's end in `B`); each
 * query stacks in its own group, so stacking Query A never stacks onto Query B.
 */
export function queryDrawingOf(
  formData: MixedTimeseriesFormData,
  query: MixedQuery,
  formatValue: NumberFormatter,
): SeriesDrawing {
  const suffix = query === 'b' ? 'B' : '';
  const read = (name: string) => (formData as ChartFormData)[`${name}${suffix}`];
  const seriesType = SERIES_TYPES.find((type) => type === read('seriesType')) ?? 'line';
  return {
    seriesType,
    ...(read('area') === true ? { areaOpacity: numberValue(read('opacity')) ?? 0.2 } : {}),
    markerEnabled: read('markerEnabled') === true,
    markerSize: numberValue(read('markerSize')) ?? DEFAULT_MARKER_SIZE,
    ...(isStacked(read('stack')) ? { stack: `stack-${query}` } : {}),
    showValue: read('show_value') === true,
    isHorizontal: false,
    yAxisIndex: yAxisIndexOf(formData, query),
    formatValue,
  };
}
