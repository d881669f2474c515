/** Two-digit, zero-padded. */
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDate(dttm: Date): string {
  return `${dttm.getUTCFullYear()}-${pad(dttm.getUTCMonth() + 1)}-${pad(dttm.getUTCDate())}`;
}

/**
 * `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC, as Superset's `isoformat(sep=" ", timespec=...)`.
 * `precision` picks the fraction: none, milliseconds or microseconds (JS dates stop at
 * milliseconds, so the last three digits are zeros).
 */
export function isoDateTime(
  dttm: Date,
  precision: 'seconds' | 'milliseconds' | 'microseconds' = 'microseconds',
  separator = ' ',
): string {
  const time = `${pad(dttm.getUTCHours())}:${pad(dttm.getUTCMinutes())}:${pad(dttm.getUTCSeconds())}`;
  const millis = pad(dttm.getUTCMilliseconds(), 3);
  const fraction =
    precision === 'seconds' ? '' : precision === 'milliseconds' ? `.${millis}` : `.${millis}000`;
  return `${isoDate(dttm)}${separator}${time}${fraction}`;
}

/** A single-quoted SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
