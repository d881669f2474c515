/** How a duration in milliseconds is written. */
export interface DurationOptions {
  /** Keep milliseconds, microseconds and nanoseconds as their own units (`1ms 400µs 80ns`). */
  formatSubMilliseconds?: boolean;
  /** A clock-like `h:mm:ss.s` form. */
  colonNotation?: boolean;
}

interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
  microseconds: number;
  nanoseconds: number;
}

function partsOf(ms: number): DurationParts {
  const round = ms > 0 ? Math.floor : Math.ceil;
  return {
    days: round(ms / 86_400_000),
    hours: round(ms / 3_600_000) % 24,
    minutes: round(ms / 60_000) % 60,
    seconds: round(ms / 1000) % 60,
    milliseconds: round(ms) % 1000,
    microseconds: round(ms * 1000) % 1000,
    nanoseconds: round(ms * 1e6) % 1000,
  };
}

/** Seconds with one decimal, floored, without a trailing `.0`. */
function secondsText(ms: number): string {
  const tenths = Math.floor(((ms / 1000) % 60) * 10 + 1e-7);
  return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}

/**
 * A duration given in milliseconds as compact units, the way Superset's `DURATION` formats
 * read (pretty-ms): `1337000000` -> `15d 11h 23m 20s`, `1337` -> `1.3s`, `133` -> `133ms`.
 */
export function formatDuration(value: number, options: DurationOptions = {}): string {
  const sign = value < 0 ? '-' : '';
  const ms = Math.abs(value);
  const parts = partsOf(ms);
  const units: string[] = [];
  const add = (amount: number, unit: string, text: string = String(amount)) => {
    const isLeadingMinute = options.colonNotation && unit === 'm';
    if ((units.length === 0 || !options.colonNotation) && amount === 0 && !isLeadingMinute) return;
    if (!options.colonNotation) {
      units.push(`${text}${unit}`);
      return;
    }
    const wholeDigits = text.split('.')[0]?.length ?? text.length;
    const minDigits = units.length > 0 ? 2 : 1;
    units.push(
      `${units.length > 0 ? ':' : ''}${'0'.repeat(Math.max(0, minDigits - wholeDigits))}${text}`,
    );
  };

  add(Math.trunc(parts.days / 365), 'y');
  add(parts.days % 365, 'd');
  add(parts.hours, 'h');
  add(parts.minutes, 'm');
  if (options.formatSubMilliseconds) {
    add(parts.seconds, 's');
    add(parts.milliseconds, 'ms');
    add(parts.microseconds, 'µs');
    add(parts.nanoseconds, 'ns');
  } else if (!options.colonNotation && ms < 1000) {
    const below = parts.milliseconds + parts.microseconds / 1000 + parts.nanoseconds / 1e6;
    add(below >= 1 ? Math.round(below) : Math.ceil(below), 'ms');
  } else {
    const text = secondsText(ms);
    add(Number.parseFloat(text), 's', text);
  }
  if (units.length === 0) return '0ms';
  return sign + units.join(options.colonNotation ? '' : ' ');
}
