import type { MeasurementUnit } from './measurement.js';

/** A value in its unit, rounded for reading: `312.4 ms`, `48.2 MiB`, `412.3k rows/s`, `4.21x`. */
export function formatValue(value: number, unit: MeasurementUnit): string {
  switch (unit) {
    case 'ms':
      // Sub-millisecond floors (a Redis GET) keep three decimals rather than read 0.0.
      return `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
    case 'MiB':
      return `${value.toFixed(1)} MiB`;
    case 'rows/s':
      return value >= 1e6
        ? `${(value / 1e6).toFixed(2)}M rows/s`
        : `${(value / 1e3).toFixed(1)}k rows/s`;
    case 'req/s':
      return value >= 1e3 ? `${(value / 1e3).toFixed(1)}k req/s` : `${value.toFixed(1)} req/s`;
    case 'MB/s':
      return `${value.toFixed(1)} MB/s`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'ratio':
      return `${value.toFixed(2)}x`;
  }
}

/** A run's duration: `42.3 s` under a minute, `3 min 12 s` above. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
