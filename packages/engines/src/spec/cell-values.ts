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
const ZONE = /^(?:Z|[+-]\d\d(?::\d\d){0,2})$/;

function offsetMinutes(tz: string | undefined): number {
  if (tz === undefined || tz === 'Z') return 0;
  const [hours = 0, minutes = 0, seconds = 0] = tz.slice(1).split(':').map(Number);
  return (tz.startsWith('-') ? -1 : 1) * (hours * 60 + minutes + seconds / 60);
}

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const DOT = 46;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/** The number written by `count` ASCII digits from `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/**
 * The shapes databases send every day (a four-digit year from 1000, an optional time with
 * fraction, an optional zone) read without a regular expression or an intermediate `Date`,
 * giving exactly what the pattern below gives; undefined for any other text.
 */
function commonDateTime(text: string): Date | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1000 || month < 0 || day < 0) return undefined;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let millis = 0;
  let at = 10;
  const separator = text[10];
  if (separator === ' ' || separator === 'T') {
    if (length < 19 || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
      return undefined;
    }
    hours = digitsAt(text, 11, 2);
    minutes = digitsAt(text, 14, 2);
    seconds = digitsAt(text, 17, 2);
    if (hours < 0 || minutes < 0 || seconds < 0) return undefined;
    at = 19;
    if (text.charCodeAt(at) === DOT) {
      let end = at + 1;
      while (end < length && isDigit(text.charCodeAt(end))) end++;
      if (end === at + 1) return undefined;
      millis = Math.floor(Number(`0${text.slice(at, end)}`) * 1000);
      at = end;
    }
  }
  let offset = 0;
  if (at < length) {
    const zone = text.slice(at);
    if (!ZONE.test(zone)) return undefined;
    offset = offsetMinutes(zone);
  }
  return new Date(
    Date.UTC(year, month - 1, day, hours, minutes, seconds, millis) - offset * 60_000,
  );
}

/**
 * A database date or timestamp as a `Date`: without a zone it is read as UTC (so a DATE is
 * midnight UTC whatever the server's zone); `infinity`, BC dates and other text stay text.
 */
export function dateTimeCell(text: string): Date | string {
  const common = commonDateTime(text);
  if (common !== undefined) return common;
  const match = DATE_TIME.exec(text);
  if (!match?.groups) return text;
  const { y, mo, d, h, mi, s, f, tz } = match.groups;
  const moment = new Date(0);
  moment.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  const millis = f === undefined ? 0 : Math.floor(Number(`0${f}`) * 1000);
  moment.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis);
  return new Date(moment.getTime() - offsetMinutes(tz) * 60_000);
}

/** The reader of a cell that is its own text (text, JSON, UUID, intervals...). */
export function textCell(text: string): string {
  return text;
}
