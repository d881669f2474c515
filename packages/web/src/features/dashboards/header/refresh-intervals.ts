/** Superset's auto-refresh choices, in seconds (0: no auto-refresh). */
export const REFRESH_INTERVALS: readonly { seconds: number; label: string }[] = [
  { seconds: 0, label: "Don't refresh" },
  { seconds: 10, label: '10 seconds' },
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 1800, label: '30 minutes' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 21600, label: '6 hours' },
  { seconds: 43200, label: '12 hours' },
  { seconds: 86400, label: '24 hours' },
];

/** The label of an interval (a saved `refresh_frequency` off the list reads in seconds). */
export function refreshIntervalLabel(seconds: number): string {
  return (
    REFRESH_INTERVALS.find((interval) => interval.seconds === seconds)?.label ??
    `${seconds} seconds`
  );
}
