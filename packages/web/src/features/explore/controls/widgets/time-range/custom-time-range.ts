/** How one side of a Custom range is given. */
export type DateMode = 'specific' | 'relative' | 'now' | 'today';

/** The units of a relative side. */
export const TIME_UNITS = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What the Custom range fields hold (Superset's `CustomRangeType`). */
export interface CustomRange {
  sinceMode: DateMode;
  /** `YYYY-MM-DDTHH:mm:ss` of a specific start. */
  sinceDatetime: string;
  sinceGrain: TimeUnit;
  /** How many units before the other side (or the anchor) the start is. */
  sinceGrainValue: number;
  untilMode: DateMode;
  untilDatetime: string;
  untilGrain: TimeUnit;
  untilGrainValue: number;
  /** What two relative sides count from: now, or a specific time. */
  anchorMode: 'now' | 'specific';
  anchorValue: string;
}

/** The format of a specific date in a time range (Superset's `MOMENT_FORMAT`). */
export const DATETIME_FORMAT = 'YYYY-MM-DDTHH:mm:ss';

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as a time range writes it, in UTC: `2024-01-31T00:00:00`. */
export function formatRangeDatetime(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** The Custom range a new one starts as: the 7 days before today (midnight UTC). */
export function defaultCustomRange(now: Date = new Date()): CustomRange {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekAgo = new Date(midnight.getTime() - 7 * 86_400_000);
  return {
    sinceMode: 'specific',
    sinceDatetime: formatRangeDatetime(weekAgo),
    sinceGrain: 'day',
    sinceGrainValue: 7,
    untilMode: 'specific',
    untilDatetime: formatRangeDatetime(midnight),
    untilGrain: 'day',
    untilGrainValue: 7,
    anchorMode: 'now',
    anchorValue: formatRangeDatetime(midnight),
  };
}

const isFixed = (mode: DateMode) => mode !== 'relative';
const fixedSide = (mode: DateMode, datetime: string) => (mode === 'specific' ? datetime : mode);
const dateAdd = (anchor: string, amount: number, unit: TimeUnit) =>
  `DATEADD(DATETIME("${anchor}"), ${amount}, ${unit})`;

/**
 * The time range of Custom fields (Superset's `customTimeRangeEncode`): `start : end`, a
 * relative side written as DATEADD from the other side, or from the anchor when both are.
 */
export function encodeCustomRange(range: CustomRange): string {
  const since = fixedSide(range.sinceMode, range.sinceDatetime);
  const until = fixedSide(range.untilMode, range.untilDatetime);
  const before = -Math.abs(range.sinceGrainValue);
  const after = Math.abs(range.untilGrainValue);
  if (isFixed(range.sinceMode) && isFixed(range.untilMode)) return `${since} : ${until}`;
  if (isFixed(range.sinceMode)) return `${since} : ${dateAdd(since, after, range.untilGrain)}`;
  if (isFixed(range.untilMode)) return `${dateAdd(until, before, range.sinceGrain)} : ${until}`;
  const anchor = range.anchorMode === 'now' ? 'now' : range.anchorValue;
  return `${dateAdd(anchor, before, range.sinceGrain)} : ${dateAdd(anchor, after, range.untilGrain)}`;
}

const FIXED = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d|now|today)$/i;
const DATE_ADD = new RegExp(
  `^DATEADD\\(DATETIME\\("([^"]+)"\\),\\s*(-?\\d+),\\s*(${TIME_UNITS.join('|')})\\)$`,
  'i',
);

interface Fixed {
  mode: DateMode;
  datetime: string;
}

function readFixed(text: string): Fixed | undefined {
  if (!FIXED.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (lower === 'now' || lower === 'today') return { mode: lower, datetime: '' };
  return { mode: 'specific', datetime: text };
}

interface Relative {
  anchor: string;
  amount: number;
  unit: TimeUnit;
}

function readRelative(text: string): Relative | undefined {
  const match = DATE_ADD.exec(text);
  if (!match) return undefined;
  const [, anchor = '', amount = '0', unit = 'day'] = match;
  return { anchor, amount: Number(amount), unit: unit.toLowerCase() as TimeUnit };
}

/**
 * The Custom fields of a time range, or undefined when the range is not one they can show
 * (Superset's `customTimeRangeDecode`; the range then belongs to Advanced).
 */
export function decodeCustomRange(timeRange: string): CustomRange | undefined {
  const parts = timeRange.split(' : ');
  if (parts.length !== 2) return undefined;
  const [sinceText = '', untilText = ''] = parts.map((part) => part.trim());
  const base = defaultCustomRange();
  const sinceFixed = readFixed(sinceText);
  const untilFixed = readFixed(untilText);
  const sinceRelative = readRelative(sinceText);
  const untilRelative = readRelative(untilText);
  const withSince = (fixed: Fixed) => ({
    sinceMode: fixed.mode,
    sinceDatetime: fixed.datetime || base.sinceDatetime,
  });
  const withUntil = (fixed: Fixed) => ({
    untilMode: fixed.mode,
    untilDatetime: fixed.datetime || base.untilDatetime,
  });

  if (sinceFixed && untilFixed)
    return { ...base, ...withSince(sinceFixed), ...withUntil(untilFixed) };
  if (
    sinceFixed &&
    untilRelative &&
    untilRelative.anchor === sinceText &&
    untilRelative.amount >= 0
  ) {
    return {
      ...base,
      ...withSince(sinceFixed),
      untilMode: 'relative',
      untilGrain: untilRelative.unit,
      untilGrainValue: untilRelative.amount,
    };
  }
  if (
    sinceRelative &&
    untilFixed &&
    sinceRelative.anchor === untilText &&
    sinceRelative.amount <= 0
  ) {
    return {
      ...base,
      ...withUntil(untilFixed),
      sinceMode: 'relative',
      sinceGrain: sinceRelative.unit,
      sinceGrainValue: -sinceRelative.amount,
    };
  }
  if (
    sinceRelative &&
    untilRelative &&
    sinceRelative.anchor === untilRelative.anchor &&
    sinceRelative.amount <= 0 &&
    untilRelative.amount >= 0
  ) {
    const anchor = readFixed(sinceRelative.anchor);
    if (!anchor || anchor.mode === 'today') return undefined;
    return {
      ...base,
      sinceMode: 'relative',
      sinceGrain: sinceRelative.unit,
      sinceGrainValue: -sinceRelative.amount,
      untilMode: 'relative',
      untilGrain: untilRelative.unit,
      untilGrainValue: untilRelative.amount,
      anchorMode: anchor.mode === 'now' ? 'now' : 'specific',
      anchorValue: anchor.datetime || base.anchorValue,
    };
  }
  return undefined;
}
