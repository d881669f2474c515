import { describe, expect, it } from 'vitest';
import { formatTime, getTimeFormatter, getTimeFormatterForGranularity } from './time-formatter';
import { SMART_DATE_ID, SMART_DATE_VERBOSE_ID, TimeFormats } from './time-formats';

const utc = (text: string) => new Date(`${text}Z`);

describe('smart_date', () => {
  it.each([
    ['2024-01-01T00:00:00', '2024'],
    ['2024-03-01T00:00:00', 'March'],
    ['2024-03-05T00:00:00', 'Tue 05'],
    ['2024-03-03T00:00:00', 'Mar 03'],
    ['2024-03-05T14:00:00', '02 PM'],
    ['2024-03-05T14:30:00', '02:30'],
    ['2024-03-05T14:30:15', ':15s'],
    ['2024-03-05T14:30:15.250', '.250ms'],
  ])('shows %s (UTC) as %s', (text, shown) => {
    expect(formatTime(SMART_DATE_ID, utc(text))).toBe(shown);
  });

  it('is the format of an empty format and reads epoch milliseconds', () => {
    expect(formatTime(null, Date.UTC(2024, 2, 1))).toBe('March');
  });
});

describe('d3 time formats', () => {
  it('formats in UTC by default', () => {
    expect(formatTime(TimeFormats.DATABASE_DATETIME, utc('2024-03-05T14:30:15'))).toBe(
      '2024-03-05 14:30:15',
    );
  });

  it('formats in local time with the local! prefix', () => {
    const date = new Date(2024, 2, 5, 9, 7);
    expect(formatTime('local!%H:%M', date)).toBe('09:07');
    expect(getTimeFormatter('local!%H:%M').useLocalTime).toBe(true);
  });

  it('shows the verbose smart date', () => {
    expect(formatTime(SMART_DATE_VERBOSE_ID, utc('2024-03-05T00:00:00'))).toBe('Tue Mar 5 2024');
  });

  it('shows a missing time as Superset does', () => {
    expect(formatTime('%Y', null)).toBe('null');
  });

  it('picks the format of a time grain', () => {
    expect(getTimeFormatterForGranularity('P1M')(utc('2024-03-01T00:00:00'))).toBe('Mar 2024');
    expect(getTimeFormatterForGranularity('P3M')(utc('2024-04-01T00:00:00'))).toBe('2024 Q2');
    expect(getTimeFormatterForGranularity(undefined).id).toBe(SMART_DATE_ID);
  });
});
