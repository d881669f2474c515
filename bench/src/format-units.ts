import type { MeasurementUnit } from './measurement.js';

/** A value in its unit, rounded for reading: `312.4 ms`, `48.2 MiB`, `4.21x`. */
export function formatValue(value: number, unit: MeasurementUnit): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case 'MiB':
      return `${value.toFixed(1)} MiB`;
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
