import type { ErrorSchema } from '@rjsf/utils';

const SCHEDULE_INFO_PREFIX = 'extra_json.schedule_info';

/** The `schedule_info` stored in a saved query's `extra_json`, or an empty form. */
export function readScheduleInfo(extraJson: string | undefined): Record<string, unknown> {
  if (!extraJson) return {};
  try {
    const extra: unknown = JSON.parse(extraJson);
    if (typeof extra !== 'object' || extra === null) return {};
    const info = (extra as { schedule_info?: unknown }).schedule_info;
    return typeof info === 'object' && info !== null && !Array.isArray(info)
      ? (info as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** `extra_json` with `schedule_info` replaced, keeping the other keys the query had. */
export function withScheduleInfo(
  extraJson: string | undefined,
  scheduleInfo: Record<string, unknown>,
): string {
  let extra: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(extraJson ?? '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      extra = parsed as Record<string, unknown>;
    }
  } catch {
    // An unreadable extra_json is replaced; the schedule is what the user is saving.
  }
  return JSON.stringify({ ...extra, schedule_info: scheduleInfo });
}

/**
 * The server's field problems (`extra_json.schedule_info.end_date`: [...]) as the form's
 * errors next to those fields; problems of the whole schedule go on the form's root.
 */
export function toScheduleErrors(fields: Readonly<Record<string, readonly string[]>>): ErrorSchema {
  const errors: Record<string, { __errors: string[] }> & { __errors?: string[] } = {};
  for (const [path, messages] of Object.entries(fields)) {
    if (!path.startsWith(SCHEDULE_INFO_PREFIX)) continue;
    const field = path.slice(SCHEDULE_INFO_PREFIX.length + 1);
    if (field === '') errors.__errors = [...(errors.__errors ?? []), ...messages];
    else errors[field] = { __errors: [...(errors[field]?.__errors ?? []), ...messages] };
  }
  return errors as ErrorSchema;
}
