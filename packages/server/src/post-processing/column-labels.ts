import type { FrameCell } from './data-frame.js';

/** The flat-name separator of MultiIndex labels (Superset's `FLAT_COLUMN_SEPARATOR`). */
export const FLAT_COLUMN_SEPARATOR = ', ';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A value as Python's `str()` prints it in a column label (pandas Timestamps included). */
export function labelOf(value: FrameCell): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof Date) {
    return (
      `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ` +
      `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`
    );
  }
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** Superset's `escape_separator`: a comma inside a label is written `\,`. */
export function escapeSeparator(label: string): string {
  return label.replace(/,/g, '\\,');
}

/** The flat name of a MultiIndex column: present labels, escaped, joined with ", ". */
export function flatName(labels: readonly (string | null)[]): string {
  return labels
    .filter((label): label is string => label !== null)
    .map(escapeSeparator)
    .join(FLAT_COLUMN_SEPARATOR);
}
