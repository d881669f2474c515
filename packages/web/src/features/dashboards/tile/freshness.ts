import type { ChartDataResult } from '@superset-ts/shared';

/** A server time (`2024-05-01T10:00:00`, UTC without a zone, or with one) in ms, or null. */
function parseServerTime(text: string | null | undefined): number | null {
  if (!text) return null;
  const hasZone = /[zZ]|[+-]\d\d:?\d\d$/.test(text);
  const time = Date.parse(hasZone ? text : `${text}Z`);
  return Number.isNaN(time) ? null : time;
}

/**
 * When the data was computed: for cached results their `cached_dttm` (the oldest when
 * several), else when they were queried, else when the browser received them.
 */
export function computedAt(results: readonly ChartDataResult[], receivedAt: number): number {
  const times = results.map((result) =>
    result.is_cached
      ? (parseServerTime(result.cached_dttm) ?? receivedAt)
      : (parseServerTime(result.queried_dttm) ?? receivedAt),
  );
  return times.length > 0 ? Math.min(...times) : receivedAt;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** How long ago `time` was, in words ("a few seconds ago", "3 minutes ago", "2 days ago"). */
export function timeAgo(time: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - time) / 1000));
  if (seconds < 45) return 'a few seconds ago';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  return plural(Math.round(hours / 24), 'day');
}

/** The tile's freshness note: "Computed 3 minutes ago" (and whether it came from a cache). */
export function freshnessNote(
  results: readonly ChartDataResult[],
  receivedAt: number,
  now: number,
): string {
  const note = `Computed ${timeAgo(computedAt(results, receivedAt), now)}`;
  return results.some((result) => result.is_cached) ? `${note} (cached)` : note;
}
