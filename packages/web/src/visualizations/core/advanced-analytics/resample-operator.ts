import type { PostProcessingStep } from '@superset-ts/shared';
import { stringValue, type ChartFormData } from '../form-data';

/**
 * Puts the series on a regular time grid (Superset's `resampleOperator`): `resample_rule`
 * (`1D`, `7D`, `1MS`, ...) with `resample_method`; "zerofill" is `asfreq` filling gaps with 0.
 * Nothing unless both are chosen.
 */
export function resampleOperator(
  formData: ChartFormData,
  timeColumn: string,
): PostProcessingStep | undefined {
  const rule = stringValue(formData.resample_rule)?.trim();
  const chosen = stringValue(formData.resample_method);
  if (!rule || !chosen) return undefined;
  const isZeroFill = chosen === 'zerofill';
  return {
    operation: 'resample',
    options: {
      method: isZeroFill ? 'asfreq' : chosen,
      rule,
      fill_value: isZeroFill ? 0 : null,
      time_column: timeColumn,
    },
  };
}
