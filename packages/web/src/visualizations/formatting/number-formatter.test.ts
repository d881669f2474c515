import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, getNumberFormatter, setNumberFormatLocale } from './number-formatter';
import { NumberFormats } from './number-formats';

describe('SMART_NUMBER', () => {
  const smart = getNumberFormatter(NumberFormats.SMART_NUMBER);

  it.each([
    [1234567, '1.23M'],
    [0, '0'],
    [1, '1'],
    [12.3456, '12.35'],
    [0.123456, '0.1235'],
    [0.0000123, '12.3µ'],
    [1234, '1.23k'],
    [-1234, '−1.23k'],
    [1_500_000_000, '1.5B'],
  ])('shows %s as %s', (value, text) => {
    expect(smart(value)).toBe(text);
  });

  it('is the format of an empty format string', () => {
    expect(formatNumber('', 1234567)).toBe('1.23M');
    expect(formatNumber(undefined, 1234567)).toBe('1.23M');
  });

  it('adds a plus to positive numbers in SMART_NUMBER_SIGNED', () => {
    const signed = getNumberFormatter(NumberFormats.SMART_NUMBER_SIGNED);
    expect(signed(1234567)).toBe('+1.23M');
    expect(signed(0)).toBe('0');
  });
});

describe('d3 formats and named formats', () => {
  afterEach(() => setNumberFormatLocale({}));

  it.each([
    [',.2f', 1234.567, '1,234.57'],
    ['.1%', 0.1234, '12.3%'],
    ['.3s', 12345.432, '12.3k'],
    [',d', 12345.432, '12,345'],
    [NumberFormats.DOLLAR, 12345.432, '$12,345.43'],
    [NumberFormats.PERCENT_SIGNED_1_POINT, 0.05, '+5.0%'],
  ])('%s shows %s as %s', (format, value, text) => {
    expect(formatNumber(format, value)).toBe(text);
  });

  it('reads the format strings saved charts carry that d3 rejects as Superset does', () => {
    expect(formatNumber('%', 0.25)).toBe('25%');
    expect(formatNumber(',f', 1234.5)).toBe('1,235');
  });

  it('shows a note instead of failing on an unreadable format', () => {
    const formatter = getNumberFormatter('xyz');
    expect(formatter.isInvalid).toBe(true);
    expect(formatter(12)).toBe('12 (Invalid format: xyz)');
  });

  it('shows missing values and infinities as Superset does', () => {
    expect(formatNumber(',d', null)).toBe('null');
    expect(formatNumber(',d', Number.NaN)).toBe('NaN');
    expect(formatNumber(',d', Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('returns the same formatter for the same format (cached)', () => {
    expect(getNumberFormatter(',.2f')).toBe(getNumberFormatter(',.2f'));
  });

  it('uses the configured locale for separators', () => {
    setNumberFormatLocale({ decimal: ',', thousands: '.' });
    expect(formatNumber(',.2f', 1234.5)).toBe('1.234,50');
  });
});

describe('DURATION formats (milliseconds)', () => {
  it.each([
    [NumberFormats.DURATION, 66000, '1m 6s'],
    [NumberFormats.DURATION, 1337000000, '15d 11h 23m 20s'],
    [NumberFormats.DURATION, 1337, '1.3s'],
    [NumberFormats.DURATION, 133, '133ms'],
    [NumberFormats.DURATION, 0, '0ms'],
    [NumberFormats.DURATION, -66000, '-1m 6s'],
    [NumberFormats.DURATION_SUB, 1.40008, '1ms 400µs 80ns'],
    [NumberFormats.DURATION_COL, 10500, '0:10.5'],
    [NumberFormats.DURATION_COL, 3_723_000, '1:02:03'],
  ])('%s shows %s as %s', (format, value, text) => {
    expect(formatNumber(format, value)).toBe(text);
  });
});
