import type { ScheduledQueriesConfig } from '@superset-ts/shared';
import type { FieldProblems } from '../../app/validation/request-input.js';
import { checkScheduleInfo } from './schedule/schedule-info.js';

/**
 * Checks a saved query's `extra_json` text: a JSON object, whose `schedule_info` (when
 * SCHEDULED_QUERIES is configured and the field is present) satisfies the schedule form's
 * schema and rules. Returns the problems by field; none means it can be stored as sent.
 */
export function checkExtraJson(
  text: string,
  scheduledQueries: ScheduledQueriesConfig | null,
): FieldProblems {
  let extra: unknown;
  try {
    extra = JSON.parse(text);
  } catch {
    return { extra_json: ['must be JSON text'] };
  }
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
    return { extra_json: ['must be a JSON object'] };
  }
  const scheduleInfo = (extra as Record<string, unknown>).schedule_info;
  if (scheduledQueries === null || scheduleInfo === undefined) return {};
  return checkScheduleInfo(scheduleInfo, scheduledQueries);
}

/** The parsed `extra_json`, or an empty object when it is not a JSON object. */
export function parseExtraJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
