import { describe, expect, it } from 'vitest';
import { dateTimeCell, textCell } from './cell-values.js';

const utc = (iso: string) => new Date(iso);

describe('date-time cells', () => {
  it('reads the everyday shapes as UTC, or at their zone', () => {
    expect(dateTimeCell('2024-01-02 03:04:05')).toEqual(utc('2024-01-02T03:04:05Z'));
    expect(dateTimeCell('2024-01-02T03:04:05')).toEqual(utc('2024-01-02T03:04:05Z'));
    expect(dateTimeCell('2024-01-02')).toEqual(utc('2024-01-02T00:00:00Z'));
    expect(dateTimeCell('2024-01-02 03:04:05.5')).toEqual(utc('2024-01-02T03:04:05.500Z'));
    expect(dateTimeCell('2024-01-02 03:04:05.123999')).toEqual(utc('2024-01-02T03:04:05.123Z'));
    expect(dateTimeCell('2024-01-02 03:04:05Z')).toEqual(utc('2024-01-02T03:04:05Z'));
    expect(dateTimeCell('2024-01-02 03:04:05+00')).toEqual(utc('2024-01-02T03:04:05Z'));
    expect(dateTimeCell('2024-01-02 03:04:05-03:30')).toEqual(utc('2024-01-02T06:34:05Z'));
    expect(dateTimeCell('2024-01-02 03:04:05+05:53:28')).toEqual(utc('2024-01-01T21:10:37Z'));
    expect(dateTimeCell('2024-01-02+02')).toEqual(utc('2024-01-01T22:00:00Z'));
  });

  it('rolls over out-of-range parts as it always did', () => {
    expect(dateTimeCell('2023-02-29 00:00:00')).toEqual(utc('2023-03-01T00:00:00Z'));
    expect(dateTimeCell('2024-01-01 24:00:00')).toEqual(utc('2024-01-02T00:00:00Z'));
  });

  it('reads years before 1000 and after 9999 as written, not as 19xx', () => {
    expect(dateTimeCell('0044-03-15')).toEqual(utc('0044-03-15T00:00:00Z'));
    expect(dateTimeCell('0999-12-31 23:59:59')).toEqual(utc('0999-12-31T23:59:59Z'));
    expect(dateTimeCell('10000-01-01')).toEqual(new Date(Date.UTC(10000, 0, 1)));
  });

  it('leaves any other text as text', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 BC',
      '2024-01-02 03:04',
      '2024-01-02 03:04:05.',
      '2024-01-02 03:04:05 +02',
      '2024-1-02',
      '2024-01-02x',
      '',
    ]) {
      expect(dateTimeCell(text)).toBe(text);
    }
  });
});

describe('text cells', () => {
  it('are their own text', () => {
    expect(textCell('{"a": 1}')).toBe('{"a": 1}');
  });
});
