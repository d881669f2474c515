import { describe, expect, it } from 'vitest';
import {
  decodeCustomRange,
  defaultCustomRange,
  encodeCustomRange,
  type CustomRange,
} from './custom-time-range';
import { formatActualRange, guessFrame, splitAdvancedRange } from './time-range-frames';

const base: CustomRange = {
  ...defaultCustomRange(new Date('2024-03-15T10:20:30Z')),
  sinceDatetime: '2024-01-01T00:00:00',
  untilDatetime: '2024-02-01T00:00:00',
};

describe('custom time ranges', () => {
  it('starts as the 7 days before today, midnight UTC', () => {
    const range = defaultCustomRange(new Date('2024-03-15T10:20:30Z'));
    expect(encodeCustomRange(range)).toBe('2024-03-08T00:00:00 : 2024-03-15T00:00:00');
  });

  it('writes each combination of sides in the grammar Superset writes', () => {
    expect(encodeCustomRange(base)).toBe('2024-01-01T00:00:00 : 2024-02-01T00:00:00');
    expect(encodeCustomRange({ ...base, sinceMode: 'today', untilMode: 'now' })).toBe(
      'today : now',
    );
    expect(
      encodeCustomRange({
        ...base,
        untilMode: 'relative',
        untilGrainValue: 3,
        untilGrain: 'month',
      }),
    ).toBe('2024-01-01T00:00:00 : DATEADD(DATETIME("2024-01-01T00:00:00"), 3, month)');
    expect(
      encodeCustomRange({ ...base, sinceMode: 'relative', sinceGrainValue: 7, untilMode: 'now' }),
    ).toBe('DATEADD(DATETIME("now"), -7, day) : now');
    expect(
      encodeCustomRange({
        ...base,
        sinceMode: 'relative',
        sinceGrainValue: 2,
        sinceGrain: 'week',
        untilMode: 'relative',
        untilGrainValue: 1,
        untilGrain: 'day',
        anchorMode: 'specific',
        anchorValue: '2024-05-01T00:00:00',
      }),
    ).toBe(
      'DATEADD(DATETIME("2024-05-01T00:00:00"), -2, week) : DATEADD(DATETIME("2024-05-01T00:00:00"), 1, day)',
    );
  });

  it('reads back every range it writes', () => {
    const ranges: CustomRange[] = [
      base,
      { ...base, sinceMode: 'now', untilMode: 'today' },
      { ...base, untilMode: 'relative', untilGrainValue: 3, untilGrain: 'month' },
      { ...base, sinceMode: 'relative', sinceGrainValue: 7, sinceGrain: 'day', untilMode: 'now' },
      {
        ...base,
        sinceMode: 'relative',
        sinceGrainValue: 2,
        sinceGrain: 'week',
        untilMode: 'relative',
        untilGrainValue: 1,
        untilGrain: 'year',
        anchorMode: 'now',
      },
    ];
    for (const range of ranges) {
      const encoded = encodeCustomRange(range);
      const decoded = decodeCustomRange(encoded);
      expect(decoded).toBeDefined();
      expect(encodeCustomRange(decoded!)).toBe(encoded);
    }
  });

  it('leaves to Advanced what the Custom fields cannot show', () => {
    expect(decodeCustomRange('Last week')).toBeUndefined();
    expect(decodeCustomRange('2024-01-01 : now')).toBeUndefined();
    expect(decodeCustomRange('7 days ago : now')).toBeUndefined();
    expect(
      decodeCustomRange('DATEADD(DATETIME("2024-01-01T00:00:00"), -7, day) : now'),
    ).toBeUndefined();
  });
});

describe('range types', () => {
  it('guesses the range type of a stored range as Superset does', () => {
    expect(guessFrame('No filter')).toBe('No filter');
    expect(guessFrame('Last quarter')).toBe('Last');
    expect(guessFrame('previous calendar month')).toBe('Previous');
    expect(guessFrame('Current year')).toBe('Current');
    expect(guessFrame('2024-01-01T00:00:00 : now')).toBe('Custom');
    expect(guessFrame('start of this month : now')).toBe('Advanced');
    expect(guessFrame('Last 3 weeks')).toBe('Advanced');
  });

  it('splits Advanced ranges and formats actual ranges with open ends', () => {
    expect(splitAdvancedRange('7 days ago : now')).toEqual(['7 days ago', 'now']);
    expect(splitAdvancedRange(' : 2024-01-01')).toEqual(['', '2024-01-01']);
    expect(formatActualRange('2024-01-01T00:00:00', '2024-02-01T12:00:00')).toBe(
      '2024-01-01 ≤ col < 2024-02-01T12:00:00',
    );
    expect(formatActualRange('', '')).toBe('-∞ ≤ col < ∞');
  });
});
