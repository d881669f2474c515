/**
 * Superset's built-in time grains (`TimeGrain` in constants.py) with their labels, in the
 * order the UI lists them. An engine offers the subset it has expressions for.
 */
export const TIME_GRAINS = [
  { duration: 'PT1S', name: 'Second' },
  { duration: 'PT5S', name: '5 second' },
  { duration: 'PT30S', name: '30 second' },
  { duration: 'PT1M', name: 'Minute' },
  { duration: 'PT5M', name: '5 minute' },
  { duration: 'PT10M', name: '10 minute' },
  { duration: 'PT15M', name: '15 minute' },
  { duration: 'PT30M', name: '30 minute' },
  { duration: 'PT0.5H', name: 'Half hour' },
  { duration: 'PT1H', name: 'Hour' },
  { duration: 'PT6H', name: '6 hour' },
  { duration: 'P1D', name: 'Day' },
  { duration: 'P1W', name: 'Week' },
  { duration: 'P1M', name: 'Month' },
  { duration: 'P3M', name: 'Quarter' },
  { duration: 'P0.25Y', name: 'Quarter year' },
  { duration: 'P1Y', name: 'Year' },
  { duration: '1969-12-28T00:00:00Z/P1W', name: 'Week starting Sunday' },
  { duration: '1969-12-29T00:00:00Z/P1W', name: 'Week starting Monday' },
  { duration: 'P1W/1970-01-03T00:00:00Z', name: 'Week ending Saturday' },
  { duration: 'P1W/1970-01-04T00:00:00Z', name: 'Week ending Sunday' },
] as const;

/** An ISO-8601 time grain, as charts send it in `time_grain_sqla`. */
export type TimeGrain = (typeof TIME_GRAINS)[number]['duration'];

const GRAIN_SET: ReadonlySet<string> = new Set(TIME_GRAINS.map((grain) => grain.duration));

/** Whether a string is one of the built-in grains. */
export function isTimeGrain(value: string): value is TimeGrain {
  return GRAIN_SET.has(value);
}
