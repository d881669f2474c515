import { validateTimeShifts } from '../../core/advanced-analytics/time-shift-validation';
import { validateRequiredControls, type ControlValidationError } from '../../core/control-panel';
import { mixedTimeseriesControlPanel } from './controlPanel';
import { PER_QUERY_CONTROLS, QUERY_B_SUFFIX } from './query-form-data';
import type { MixedTimeseriesFormData } from './types';

const PER_QUERY: ReadonlySet<string> = new Set(PER_QUERY_CONTROLS);

/** "Query A: "/"Query B: " before a query's own control, so equal labels stay apart. */
function queryPrefixOf(control: string): string {
  if (control.endsWith(QUERY_B_SUFFIX)) return 'Query B: ';
  return PER_QUERY.has(control) ? 'Query A: ' : '';
}

/**
 * What the Mixed Chart's form data leaves incomplete: the x-axis, each query's metrics (named
 * with their query) and time shifts the server would not understand.
 */
export function validateMixedTimeseries(
  formData: MixedTimeseriesFormData,
): ControlValidationError[] {
  return [
    ...validateRequiredControls(mixedTimeseriesControlPanel, formData),
    ...validateTimeShifts(formData),
    ...validateTimeShifts(formData, QUERY_B_SUFFIX),
  ].map((error) => ({ ...error, message: `${queryPrefixOf(error.control)}${error.message}` }));
}
