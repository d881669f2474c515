import type { ControlValidationError } from '../control-panel';
import type { ChartFormData } from '../form-data';
import { timeShiftsOf } from './time-comparison';

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

/**
 * Whether the server understands a time shift: an amount and a unit, optionally followed by
 * "ago", "before", "later" or "after" ("1 year ago", "52 weeks ago", "28 days ago").
 */
export function isTimeShiftUnderstood(shift: string): boolean {
  const match = /^\s*\d+(?:\.\d+)?\s+([a-z]+?)s?\s*(?:ago|later|after|before)?\s*$/i.exec(shift);
  return match !== null && UNITS.includes((match[1] ?? '').toLowerCase());
}

/**
 * The time shifts of `time_compare<suffix>` the server would refuse, as messages naming them,
 * so the chart says what to fix before it queries.
 */
export function validateTimeShifts(formData: ChartFormData, suffix = ''): ControlValidationError[] {
  const control = `time_compare${suffix}`;
  return timeShiftsOf({ time_compare: formData[control] })
    .filter((shift) => !isTimeShiftUnderstood(shift))
    .map((shift) => ({
      control,
      message: `Time shift "${shift}" is not understood; write it like "1 year ago", "52 weeks ago" or "1 day ago".`,
    }));
}
