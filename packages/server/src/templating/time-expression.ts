import { addTime, lastDayOf, timeUnitOf, truncateTime, type TimeUnit } from './time-arithmetic.js';
import { TemplateError } from './template-error.js';

/**
 * Superset's date expressions, in UTC: `DATETIME('2024-01-01')`, `DATEADD(expr, -7, day)`,
 * `DATETRUNC(expr, month)`, `LASTDAY(expr, month)`, and plain text such as `today`, `now`,
 * `2024-01-31T12:00:00` or `7 days ago`. Holidays are not supported.
 */
export function evaluateTimeExpression(text: string, now: Date): Date {
  const parser = new ExpressionParser(text.trim(), now);
  const value = parser.expression(0);
  parser.expectEnd();
  return value;
}

const MAX_NESTING = 16;
const TOKEN = /\s*(?:(-?\d+)|([A-Za-z_]+)|'([^']*)'|"([^"]*)"|([(),]))/y;

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'word'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'punctuation'; value: string };

class ExpressionParser {
  private position = 0;
  private readonly source: string;

  constructor(
    source: string,
    private readonly now: Date,
  ) {
    this.source = source;
  }

  expression(depth: number): Date {
    if (depth > MAX_NESTING) throw fail(this.source, 'it nests too deeply');
    const start = this.position;
    const token = this.next();
    if (token?.kind !== 'word' || !FUNCTIONS.has(token.value.toUpperCase())) {
      if (depth > 0) throw fail(this.source, 'expected DATETIME, DATEADD, DATETRUNC or LASTDAY');
      this.position = this.source.length;
      return parseDateTimeText(this.source.slice(start), this.now);
    }
    const name = token.value.toUpperCase();
    this.expect('(');
    if (name === 'DATETIME') {
      const argument = this.next();
      if (argument?.kind !== 'text') throw fail(this.source, 'DATETIME takes a quoted text');
      this.expect(')');
      return parseDateTimeText(argument.value, this.now);
    }
    const inner = this.expression(depth + 1);
    this.expect(',');
    if (name === 'DATEADD') {
      const amount = this.next();
      if (amount?.kind !== 'number') throw fail(this.source, 'DATEADD takes a whole number');
      this.expect(',');
      const unit = this.unit();
      this.optional(',');
      this.expect(')');
      return addTime(inner, amount.value, unit);
    }
    const unit = this.unit();
    this.expect(')');
    return name === 'DATETRUNC' ? truncateTime(inner, unit) : lastDayOf(inner, unit);
  }

  expectEnd(): void {
    if (this.source.slice(this.position).trim() !== '') throw fail(this.source, 'unexpected text');
  }

  private unit(): TimeUnit {
    const token = this.next();
    const unit = token?.kind === 'word' ? timeUnitOf(token.value) : null;
    if (unit === null) throw fail(this.source, 'expected a unit such as day or month');
    return unit;
  }

  private expect(punctuation: string): void {
    if (!this.optional(punctuation)) throw fail(this.source, `expected "${punctuation}"`);
  }

  private optional(punctuation: string): boolean {
    const start = this.position;
    const token = this.next();
    if (token?.kind === 'punctuation' && token.value === punctuation) return true;
    this.position = start;
    return false;
  }

  private next(): Token | null {
    TOKEN.lastIndex = this.position;
    const match = TOKEN.exec(this.source);
    if (match === null) return null;
    this.position = TOKEN.lastIndex;
    const [, number, word, single, double, punctuation] = match;
    if (number !== undefined) return { kind: 'number', value: Number(number) };
    if (word !== undefined) return { kind: 'word', value: word };
    if (punctuation !== undefined) return { kind: 'punctuation', value: punctuation };
    return { kind: 'text', value: single ?? double ?? '' };
  }
}

const FUNCTIONS: ReadonlySet<string> = new Set(['DATETIME', 'DATEADD', 'DATETRUNC', 'LASTDAY']);

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const RELATIVE = /^(\d+)\s+([a-z]+?)s?\s+(ago|later|from now)$/i;

/** A date written as text: `now`, `today`, `yesterday`, `tomorrow`, ISO 8601, or `N units ago`. */
export function parseDateTimeText(text: string, now: Date): Date {
  const lower = text.trim().toLowerCase();
  const today = truncateTime(now, 'day');
  if (lower === 'now') return new Date(now.getTime());
  if (lower === 'today') return today;
  if (lower === 'yesterday') return addTime(today, -1, 'day');
  if (lower === 'tomorrow') return addTime(today, 1, 'day');
  const relative = RELATIVE.exec(lower);
  const unit = relative ? timeUnitOf(relative[2] ?? '') : null;
  if (relative && unit !== null) {
    const amount = Number(relative[1]) * (relative[3] === 'ago' ? -1 : 1);
    const isCalendarUnit = !['second', 'minute', 'hour'].includes(unit);
    return addTime(isCalendarUnit ? today : now, amount, unit);
  }
  const iso = ISO_DATE_TIME.exec(text.trim());
  if (iso) {
    const parsed = new Date(isoText(iso));
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw fail(
    text,
    'it is not a date Superset.ts can read (use ISO 8601, today, now or "N days ago")',
  );
}

function isoText(match: RegExpExecArray): string {
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '0', zone] =
    match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone === undefined ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`;
}

function fail(text: string, reason: string): TemplateError {
  return new TemplateError('render', `could not read the time "${text.slice(0, 80)}": ${reason}.`);
}
