import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import { rowsOf } from '../../core/query/results';
import type { BigNumberProps, BigNumberTotalFormData } from './types';
import { bigNumberFormatter } from './value-formatter';

/** "No data" when the query returned no value, as Superset shows. */
export const NO_DATA = 'No data';

/** Big Number's props (Superset's BigNumberTotal `transformProps`): the first row's metric, formatted. */
export function transformBigNumberTotalProps(
  formData: BigNumberTotalFormData,
  queriesResponse: readonly ChartDataResult[],
  _context: TransformContext,
): BigNumberProps {
  const result = queriesResponse[0];
  const metric = metricsOf(formData.metric)[0];
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const value = rowsOf(result)[0]?.[metricLabel];
  const format = bigNumberFormatter(result, metricLabel, formData);
  return {
    headline: value === null || value === undefined ? NO_DATA : format(value),
    subheader: formData.subheader ?? '',
    headerFontSize: formData.header_font_size ?? 0.4,
    subheaderFontSize: formData.subheader_font_size ?? 0.15,
  };
}
