const ZERO = 48;
const DASH = 45;
const COLON = 58;
const DOT = 46;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` ASCII digits from `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysIn(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** A zone that leaves the wall time as it is. */
function isUtcZone(zone: string): boolean {
  return zone === '' || zone === 'Z' || zone === '+00' || zone === '+00:00';
}

/**
 * The CSV text (`YYYY-MM-DD HH:MM:SS`, then `.mmm` when the milliseconds are not zero) of
 * a date-time cell's database text in its everyday shapes: a valid date with a year from
 * 1000 to 9999, an optional valid time with up to six fraction digits, no zone or UTC. It is
 * exactly what reading the text as a `Date` (dateTimeCell) and writing that gives, without
 * the `Date`; undefined for any other text, which must go that long way.
 */
export function plainDateTimeText(text: string): string | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return undefined;
  }
  if (length === 10) return `${text} 00:00:00`;
  const separator = text[10];
  if (separator !== ' ' && separator !== 'T')
    return isUtcZone(text.slice(10)) ? `${text.slice(0, 10)} 00:00:00` : undefined;
  if (length < 19 || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return undefined;
  }
  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  const seconds = digitsAt(text, 17, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return undefined;
  }
  let end = 19;
  let millis = '';
  if (text.charCodeAt(end) === DOT) {
    end += 1;
    while (end < length && digitsAt(text, end, 1) >= 0) end += 1;
    const digits = end - 20;
    if (digits < 1 || digits > 6) return undefined;
    // Up to six digits, truncating to three is what Math.floor(fraction * 1000) gives.
    millis = text.slice(20, Math.min(end, 23)).padEnd(3, '0');
    if (millis === '000') millis = '';
  }
  if (!isUtcZone(text.slice(end))) return undefined;
  const wallTime =
    separator === ' ' ? text.slice(0, 19) : `${text.slice(0, 10)} ${text.slice(11, 19)}`;
  if (millis === '') return separator === ' ' && length === 19 ? text : wallTime;
  return `${wallTime}.${millis}`;
}
