/** Where a cache reports a failure it absorbed: a message and the error behind it. */
export type CacheWarning = (message: string, error: unknown) => void;

/** How often, at most, one cache repeats the same kind of warning. */
export const DEFAULT_WARNING_INTERVAL_MS = 60_000;

/**
 * Wraps `warn` so it speaks at most once per `intervalMs`, saying how many failures it kept
 * quiet since the last time: a Redis that is down fails every request, and a log line per
 * request would drown everything else.
 */
export function throttleWarnings(
  warn: CacheWarning,
  intervalMs: number = DEFAULT_WARNING_INTERVAL_MS,
  now: () => number = Date.now,
): CacheWarning {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (message, error) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    const note = suppressed > 0 ? ` (${suppressed} similar failures since the last warning)` : '';
    lastAt = at;
    suppressed = 0;
    warn(`${message}${note}`, error);
  };
}
