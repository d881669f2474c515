/** How a resample rule cuts time: fixed steps from midnight, or calendar periods. */
export type ResampleRule =
  | { kind: 'tick'; stepMs: number }
  | { kind: 'week'; weeks: number; endDay: number }
  | { kind: 'months'; months: number; anchor: 'start' | 'end' };

const TICK_MS: Readonly<Record<string, number>> = {
  S: 1_000,
  s: 1_000,
  T: 60_000,
  min: 60_000,
  H: 3_600_000,
  h: 3_600_000,
  D: 86_400_000,
};
const MONTHS: Readonly<Record<string, { months: number; anchor: 'start' | 'end' }>> = {
  M: { months: 1, anchor: 'end' },
  ME: { months: 1, anchor: 'end' },
  MS: { months: 1, anchor: 'start' },
  Q: { months: 3, anchor: 'end' },
  QE: { months: 3, anchor: 'end' },
  QS: { months: 3, anchor: 'start' },
  A: { months: 12, anchor: 'end' },
  Y: { months: 12, anchor: 'end' },
  YE: { months: 12, anchor: 'end' },
  AS: { months: 12, anchor: 'start' },
  YS: { months: 12, anchor: 'start' },
};
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** Parses a pandas offset alias such as `1D`, `7D`, `1W`, `W-MON`, `1M`, `MS`, `1AS`; null if unknown. */
export function parseResampleRule(rule: string): ResampleRule | null {
  const match = /^(\d*)([A-Za-z]+)(?:-([A-Z]{3}))?$/.exec(rule.trim());
  if (!match) return null;
  const count = match[1] ? Number(match[1]) : 1;
  const unit = match[2] ?? '';
  if (count < 1) return null;
  const tick = TICK_MS[unit];
  if (tick !== undefined && !match[3]) return { kind: 'tick', stepMs: tick * count };
  if (unit === 'W') {
    const endDay = WEEKDAYS.indexOf(match[3] ?? 'SUN');
    return endDay < 0 ? null : { kind: 'week', weeks: count, endDay };
  }
  const months = MONTHS[unit];
  if (months && (!match[3] || match[3] === 'DEC')) {
    return { kind: 'months', months: months.months * count, anchor: months.anchor };
  }
  return null;
}

const DAY = 86_400_000;

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** First instant of the calendar period (of `months` months, aligned to the year) holding `ms`. */
function periodStart(ms: number, months: number): Date {
  const date = new Date(ms);
  const month = date.getUTCMonth() - (date.getUTCMonth() % months);
  return new Date(Date.UTC(date.getUTCFullYear(), month, 1));
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/**
 * The bin labels covering `[first, last]` and the label of any instant, as pandas labels
 * them: ticks from the origin (midnight of the first day) labelled by their start; weeks by
 * their last day; month, quarter and year ends by their last day, starts by their first.
 */
export function resampleBins(
  rule: ResampleRule,
  firstMs: number,
  lastMs: number,
  originMs?: number,
) {
  if (rule.kind === 'tick') {
    const origin = originMs ?? startOfDay(firstMs);
    const labelOf = (ms: number) => origin + Math.floor((ms - origin) / rule.stepMs) * rule.stepMs;
    const labels: number[] = [];
    for (let at = labelOf(firstMs); at <= labelOf(lastMs); at += rule.stepMs) labels.push(at);
    return { labels, labelOf };
  }
  if (rule.kind === 'week') {
    const weekEnd = (ms: number) => {
      const day = startOfDay(ms);
      const weekday = new Date(day).getUTCDay();
      return day + ((rule.endDay - weekday + 7) % 7) * DAY;
    };
    const first = weekEnd(firstMs);
    const step = 7 * DAY * rule.weeks;
    const labelOf = (ms: number) => first + Math.ceil((weekEnd(ms) - first) / step) * step;
    const labels: number[] = [];
    for (let at = first; at <= labelOf(lastMs); at += step) labels.push(at);
    return { labels, labelOf };
  }
  const first = periodStart(firstMs, Math.min(rule.months, 12));
  const startOf = (ms: number) => {
    const start = periodStart(ms, Math.min(rule.months, 12));
    const months =
      (start.getUTCFullYear() - first.getUTCFullYear()) * 12 +
      start.getUTCMonth() -
      first.getUTCMonth();
    return addMonths(first, Math.floor(months / rule.months) * rule.months);
  };
  const label = (start: Date) =>
    rule.anchor === 'start' ? start.getTime() : addMonths(start, rule.months).getTime() - DAY;
  const labelOf = (ms: number) => label(startOf(ms));
  const labels: number[] = [];
  for (
    let start = first;
    start.getTime() <= startOf(lastMs).getTime();
    start = addMonths(start, rule.months)
  ) {
    labels.push(label(start));
  }
  return { labels, labelOf };
}
