import type { FrameCell } from './data-frame.js';

/** A time cell as a Date: Dates, ISO text and epoch milliseconds; null otherwise. */
export function toDate(value: FrameCell | undefined): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value) || !value.includes(':') ? value : `${value}Z`;
    const date = new Date(
      text.includes('T') || !text.includes(' ') ? text : text.replace(' ', 'T'),
    );
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
