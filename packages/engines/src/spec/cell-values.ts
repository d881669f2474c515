/**
 * Conversions from the text a database sends to the cells every client returns, shared by
 * drivers that hand over numbers and dates as text.
 */

const INTEGER_TEXT = /^-?\d+$/;

/** A whole number as a number while it is exact, as its digits beyond 2^53. */
export function integerCell(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

/** A decimal as a number; an integer too large to be exact and NaN stay text. */
export function decimalCell(text: string): number | string {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  if (INTEGER_TEXT.test(text) && !Number.isSafeInteger(value)) return text;
  return value;
}

const DATE_TIME =
  /^(?<y>\d{4,})-(?<mo>\d\d)-(?<d>\d\d)(?:[ T](?<h>\d\d):(?<mi>\d\d):(?<s>\d\d)(?<f>\.\d+)?)?(?<tz>Z|[+-]\d\d(?::\d\d){0,2})?$/;

function offsetMinutes(tz: string | undefined): number {
  if (tz === undefined || tz === 'Z') return 0;
  const [hours = 0, minutes = 0, seconds = 0] = tz.slice(1).split(':').map(Number);
  return (tz.startsWith('-') ? -1 : 1) * (hours * 60 + minutes + seconds / 60);
}

/**
 * A database date or timestamp as a `Date`: without a zone it is read as UTC (so a DATE is
 * midnight UTC whatever the server's zone); `infinity`, BC dates and other text stay text.
 */
export function dateTimeCell(text: string): Date | string {
  const match = DATE_TIME.exec(text);
  if (!match?.groups) return text;
  const { y, mo, d, h, mi, s, f, tz } = match.groups;
  const moment = new Date(0);
  moment.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  const millis = f === undefined ? 0 : Math.floor(Number(`0${f}`) * 1000);
  moment.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis);
  return new Date(moment.getTime() - offsetMinutes(tz) * 60_000);
}
