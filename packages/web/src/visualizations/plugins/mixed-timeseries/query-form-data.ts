import type { ChartFormData } from '../../core/form-data';
import type { MixedQuery } from './types';

/** The form data keys each query has its own of; Query B's carry a `_b` suffix. */
export const PER_QUERY_CONTROLS = [
  'metrics',
  'groupby',
  'adhoc_filters',
  'limit',
  'timeseries_limit_metric',
  'order_desc',
  'row_limit',
  'truncate_metric',
  'rolling_type',
  'rolling_periods',
  'min_periods',
  'time_compare',
  'comparison_type',
  'resample_rule',
  'resample_method',
] as const;

/** The suffix of Query B's data controls. */
export const QUERY_B_SUFFIX = '_b';

/**
 * One query's form data, as a single-query chart would have it (Superset's
 * `removeFormDataSuffix`/`retainFormDataSuffix`): Query A's is the form data without Query B's
 * keys; Query B's reads each per-query control from its `_b` key, so a control Query B leaves
 * unset stays unset rather than borrowing Query A's value.
 */
export function queryFormDataOf(formData: ChartFormData, query: MixedQuery): ChartFormData {
  const own: ChartFormData = {};
  for (const [key, value] of Object.entries(formData)) {
    if (!key.endsWith(QUERY_B_SUFFIX)) own[key] = value;
  }
  if (query === 'a') return own;
  for (const name of PER_QUERY_CONTROLS) {
    const key: string = name;
    const value = formData[`${key}${QUERY_B_SUFFIX}`];
    if (value === undefined) delete own[key];
    else own[key] = value;
  }
  return own;
}
