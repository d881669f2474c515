import type { RadarColumnConfig } from './types';

/** One axis of the radar: a metric with its bounds. */
export interface RadarIndicator {
  name: string;
  min: number;
  max: number;
}

/**
 * The radar's axes (Superset's Radar indicators): 0 to 1 when normalized; otherwise each
 * metric's configured bounds, else 0 and its largest value, so the largest value touches the
 * edge. A configured min of null follows the smallest value.
 */
export function radarIndicators(
  metrics: readonly string[],
  valuesByMetric: readonly (readonly number[])[],
  isNormalized: boolean,
  config: RadarColumnConfig | undefined,
  displayName: (metric: string) => string,
): RadarIndicator[] {
  return metrics.map((metric, index) => {
    const name = displayName(metric);
    if (isNormalized) return { name, min: 0, max: 1 };
    const values = valuesByMetric[index] ?? [];
    const bounds = config?.[metric];
    const configuredMin = bounds?.radarMetricMinValue;
    const min =
      typeof configuredMin === 'number'
        ? configuredMin
        : configuredMin === null && values.length > 0
          ? Math.min(...values)
          : 0;
    const configuredMax = bounds?.radarMetricMaxValue;
    const dataMax = values.length > 0 ? Math.max(...values) : min + 1;
    const max = typeof configuredMax === 'number' ? configuredMax : dataMax;
    return { name, min, max: max > min ? max : min + 1 };
  });
}
