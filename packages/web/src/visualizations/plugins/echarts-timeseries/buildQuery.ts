import type { QueryObjectInput } from '@superset-ts/shared';
import {
  timeOffsetsOf,
  timeseriesPostProcessing,
} from '../../core/advanced-analytics/timeseries-post-processing';
import { numberValue, type ChartFormData } from '../../core/form-data';
import { getMetricLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import type { OrderByItem } from '../../core/query/order-by';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { getXAxisColumn, getXAxisLabel } from '../../core/query/x-axis';
import type { TimeseriesFormData } from './types';

/**
 * One time-series query object (Superset's Timeseries `buildQuery`): the x-axis and dimensions
 * as columns, the top series by the sort metric, the time shifts of a time comparison, and the
 * post-processing that pivots the rows into one column per series. `formData` is one query's
 * form data (the Mixed Chart builds two).
 */
export function buildTimeseriesQueryObject(formData: ChartFormData): QueryObjectInput {
  const xAxis = getXAxisColumn(formData);
  const xAxisLabel = getXAxisLabel(formData);
  const groupby = columnsOf(formData.groupby);
  const metrics = uniqueByLabel(metricsOf(formData.metrics), getMetricLabel);
  const sortMetric = metricsOf(formData.timeseries_limit_metric)[0] ?? metrics[0];
  const isDescending = formData.order_desc === undefined ? true : Boolean(formData.order_desc);
  const orderby: OrderByItem[] = sortMetric ? [[sortMetric, !isDescending]] : [];
  const parts = { metrics, seriesColumns: groupby, xAxisLabel };
  return {
    ...buildBaseQueryObject(formData),
    columns: [...(xAxis === undefined ? [] : [xAxis]), ...groupby],
    metrics,
    series_columns: groupby,
    series_limit: Math.max(0, Math.floor(numberValue(formData.limit) ?? 0)),
    orderby,
    time_offsets: timeOffsetsOf(formData, parts),
    post_processing: timeseriesPostProcessing(formData, parts),
  };
}

/** The chart data request of the time-series charts: one query object. */
export function buildTimeseriesQuery(formData: TimeseriesFormData): QueryContextRequest {
  return buildQueryContext(formData, [buildTimeseriesQueryObject(formData)]);
}
