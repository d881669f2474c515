import { formatLocale, type FormatLocaleDefinition, type FormatLocaleObject } from 'd3-format';
import { formatDuration } from './duration';
import { NUMBER_FORMAT_ALIASES, NumberFormats } from './number-formats';
import { createSmartNumberFormat } from './smart-number';

/** Formats a number for display; a formatter also says which format it is and if it is valid. */
export interface NumberFormatter {
  (value: number | null | undefined): string;
  /** The format it was asked for (a d3 format string or a named format). */
  readonly id: string;
  /** The format string is not one d3 can read; values show with a note saying so. */
  readonly isInvalid: boolean;
}

/** d3's en-US definition, which Superset uses unless `D3_FORMAT` overrides it. */
export const DEFAULT_NUMBER_LOCALE: FormatLocaleDefinition = {
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['$', ''],
};

let locale: FormatLocaleObject = formatLocale(DEFAULT_NUMBER_LOCALE);
const cache = new Map<string, NumberFormatter>();

function createFormatter(
  id: string,
  format: (value: number) => string,
  isInvalid = false,
): NumberFormatter {
  const formatter = (value: number | null | undefined): string => {
    if (value === null || value === undefined || Number.isNaN(value)) return `${value}`;
    if (value === Number.POSITIVE_INFINITY) return '∞';
    if (value === Number.NEGATIVE_INFINITY) return '-∞';
    return format(value);
  };
  return Object.assign(formatter, { id, isInvalid });
}

function createNamedFormat(id: string): ((value: number) => string) | undefined {
  switch (id) {
    case NumberFormats.SMART_NUMBER:
      return createSmartNumberFormat(locale, false);
    case NumberFormats.SMART_NUMBER_SIGNED:
      return createSmartNumberFormat(locale, true);
    case NumberFormats.DURATION:
      return (value) => formatDuration(value);
    case NumberFormats.DURATION_SUB:
      return (value) => formatDuration(value, { formatSubMilliseconds: true });
    case NumberFormats.DURATION_COL:
      return (value) => formatDuration(value, { colonNotation: true });
    default:
      return undefined;
  }
}

function createD3Format(id: string): NumberFormatter {
  try {
    return createFormatter(id, locale.format(NUMBER_FORMAT_ALIASES[id] ?? id));
  } catch {
    return createFormatter(id, (value) => `${value} (Invalid format: ${id})`, true);
  }
}

/**
 * The formatter of a number format, cached by format: a named format (`SMART_NUMBER`,
 * `DURATION`, ...), a d3-format string (`,.2f`, `.1%`), or `SMART_NUMBER` when empty.
 * An unreadable format gives values followed by `(Invalid format: <format>)`, as Superset.
 */
export function getNumberFormatter(format?: string | null): NumberFormatter {
  const id =
    format === null || format === undefined || format.trim() === ''
      ? NumberFormats.SMART_NUMBER
      : format.trim();
  const cached = cache.get(id);
  if (cached) return cached;
  const named = createNamedFormat(id);
  const formatter = named ? createFormatter(id, named) : createD3Format(id);
  cache.set(id, formatter);
  return formatter;
}

/** A number in the given format (see `getNumberFormatter`). */
export function formatNumber(
  format: string | null | undefined,
  value: number | null | undefined,
): string {
  return getNumberFormatter(format)(value);
}

/**
 * Uses another d3 locale for numbers (Superset's `D3_FORMAT` config), filling what it leaves
 * out from the default, and forgets the formatters made so far.
 */
export function setNumberFormatLocale(definition: Partial<FormatLocaleDefinition>): void {
  locale = formatLocale({ ...DEFAULT_NUMBER_LOCALE, ...definition });
  cache.clear();
}
