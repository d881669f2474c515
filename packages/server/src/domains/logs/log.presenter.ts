import type { LogEntry, RecentActivity } from '@superset-ts/shared';
import type { LogRecord, RecentActivityRecord } from './log.record.js';

type JsonValue = LogEntry['json'];

/** The stored JSON text as a value; text that is not JSON (written elsewhere) stays text. */
function parseJson(text: string | null): JsonValue {
  if (text === null) return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

/** A log row in the API's shape (`dttm` as ISO 8601 UTC, `json` parsed). */
export function presentLogEntry(record: LogRecord): LogEntry {
  return {
    id: record.id,
    action: record.action,
    user_id: record.user_id,
    user: record.user,
    json: parseJson(record.json),
    dttm: record.dttm ? record.dttm.toISOString() : null,
    dashboard_id: record.dashboard_id,
    slice_id: record.slice_id,
    duration_ms: record.duration_ms,
    referrer: record.referrer,
  };
}

const UNITS: readonly [name: string, seconds: number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "a minute ago", "3 days ago": how long ago `then` was, roughly. */
export function humanizeTimeAgo(then: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  for (const [unit, size] of UNITS) {
    const count = Math.floor(seconds / size);
    if (count === 1) return `${unit === 'hour' ? 'an' : 'a'} ${unit} ago`;
    if (count > 1) return `${count} ${unit}s ago`;
  }
  return 'just now';
}

/**
 * A recent action in Superset's shape: the dashboard (linked by slug when it has one) or chart
 * it concerns, with its title (null when the item is gone).
 */
export function presentRecentActivity(record: RecentActivityRecord, now: Date): RecentActivity {
  const itemType = record.dashboard_id ? 'dashboard' : record.slice_id ? 'slice' : null;
  const itemUrl = record.dashboard_id
    ? `/superset/dashboard/${encodeURIComponent(record.dashboard_slug || String(record.dashboard_id))}/`
    : record.slice_id
      ? `/explore/?slice_id=${record.slice_id}`
      : null;
  return {
    action: record.action,
    item_type: itemType,
    item_url: itemUrl,
    item_title: record.item_title ?? null,
    time: record.dttm.getTime(),
    time_delta_humanized: humanizeTimeAgo(record.dttm, now),
  };
}
