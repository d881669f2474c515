import { metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { CalendarHeatmapFormData, SubdomainGranularity } from './types';

/** The time grain of a cell (Superset's `SUBDOMAIN_TO_TIME_GRAIN`). */
const SUBDOMAIN_TIME_GRAIN: Record<SubdomainGranularity, string> = {
  min: 'PT1M',
  hour: 'PT1H',
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
};

/**
 * The Calendar Heatmap's query (Superset's calendar `buildQuery`): a time series of the
 * metrics on the time column, one row per cell, the grain set by the subdomain.
 */
export function buildCalendarHeatmapQuery(formData: CalendarHeatmapFormData): QueryContextRequest {
  // The base query carries the time column as `granularity` (from `granularity_sqla`).
  const base = buildBaseQueryObject(formData);
  return buildQueryContext(formData, [
    {
      ...base,
      is_timeseries: true,
      metrics: metricsOf(formData.metrics),
      extras: {
        ...base.extras,
        time_grain_sqla: SUBDOMAIN_TIME_GRAIN[formData.subdomain_granularity ?? 'day'],
      },
    },
  ]);
}
