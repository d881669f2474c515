import { describe, expect, it } from 'vitest';

import { pythonStrftime } from './python-strftime.js';
import { TemplateError } from './template-error.js';
import { parseTimeRange } from './time-range.js';

/** Tuesday 10 September 2024, 15:30 UTC. */
const now = new Date('2024-09-10T15:30:00Z');

const range = (text: string) =>
  parseTimeRange(text, now).map((moment) => moment?.toISOString().slice(0, 19) ?? null);

describe('parseTimeRange', () => {
  it('reads No filter as unbounded', () => {
    expect(range('No filter')).toEqual([null, null]);
  });

  it('reads the Last/Next ranges relative to midnight today', () => {
    expect(range('Last day')).toEqual(['2024-09-09T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Last week')).toEqual(['2024-09-03T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Last month')).toEqual(['2024-08-10T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Last quarter')).toEqual(['2024-06-10T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Last year')).toEqual(['2023-09-10T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Last 3 days')).toEqual(['2024-09-07T00:00:00', '2024-09-10T00:00:00']);
    expect(range('Next 2 weeks')).toEqual(['2024-09-10T00:00:00', '2024-09-24T00:00:00']);
  });

  it('reads previous calendar and current periods', () => {
    expect(range('previous calendar week')).toEqual(['2024-09-02T00:00:00', '2024-09-09T00:00:00']);
    expect(range('previous calendar month')).toEqual([
      '2024-08-01T00:00:00',
      '2024-09-01T00:00:00',
    ]);
    expect(range('previous calendar year')).toEqual(['2023-01-01T00:00:00', '2024-01-01T00:00:00']);
    expect(range('Current quarter')).toEqual(['2024-07-01T00:00:00', '2024-10-01T00:00:00']);
  });

  it('reads explicit bounds, open ends and relative words', () => {
    expect(range('2024-01-01 : 2024-02-01T12:30:00')).toEqual([
      '2024-01-01T00:00:00',
      '2024-02-01T12:30:00',
    ]);
    expect(range('2024-01-01 : ')).toEqual(['2024-01-01T00:00:00', null]);
    expect(range('7 days ago : now')).toEqual(['2024-09-03T00:00:00', '2024-09-10T15:30:00']);
    expect(range('Last week : today')).toEqual(['2024-09-03T00:00:00', '2024-09-10T00:00:00']);
  });

  it('evaluates DATEADD, DATETRUNC, DATETIME and LASTDAY, as the advanced range editor writes them', () => {
    expect(
      range(
        "DATEADD(DATETIME('today'), -7, day) : DATETRUNC(DATEADD(DATETIME('now'), 1, month), month)",
      ),
    ).toEqual(['2024-09-03T00:00:00', '2024-10-01T00:00:00']);
    expect(
      range('DATEADD(DATETIME("2024-01-31"), 1, month) : LASTDAY(DATETIME("2024-02-10"), month)'),
    ).toEqual(['2024-02-29T00:00:00', '2024-02-29T00:00:00']);
  });

  it('refuses ranges it cannot read, or that end before they start', () => {
    expect(() => parseTimeRange('sometime soon', now)).toThrow(TemplateError);
    expect(() => parseTimeRange('soon : later', now)).toThrow(/could not read the time "soon"/);
    expect(() => parseTimeRange('2024-02-01 : 2024-01-01', now)).toThrow(
      'From date cannot be larger than to date.',
    );
    const deep = `${'DATEADD('.repeat(40)}DATETIME('today')${', 1, day)'.repeat(40)}`;
    expect(() => parseTimeRange(`${deep} : today`, now)).toThrow(/nests too deeply/);
  });
});

describe('pythonStrftime', () => {
  it('formats the common directives as Python does', () => {
    const moment = new Date('2024-03-05T07:08:09.123Z');
    expect(pythonStrftime(moment, '%Y-%m-%d %H:%M:%S.%f')).toBe('2024-03-05 07:08:09.123000');
    expect(pythonStrftime(moment, '%a %d %b %y, %I %p, day %j, 100%%')).toBe(
      'Tue 05 Mar 24, 07 AM, day 065, 100%',
    );
  });
});

describe('parseTimeRange: relative anchors, phrases and shifts', () => {
  const read = (text: string, options: Parameters<typeof parseTimeRange>[2]) =>
    parseTimeRange(text, now, options).map((moment) => moment?.toISOString().slice(0, 19) ?? null);

  it('anchors hour ranges on now and follows relative_start/relative_end', () => {
    expect(range('Last 3 hours')).toEqual(['2024-09-10T12:30:00', '2024-09-10T15:30:00']);
    expect(read('Last day', { relativeStart: 'now', relativeEnd: 'now' })).toEqual([
      '2024-09-09T15:30:00',
      '2024-09-10T15:30:00',
    ]);
  });

  it('reads this/last/next/prior phrases and start of / end of', () => {
    expect(range('this month : next 2 days')).toEqual([
      '2024-09-10T00:00:00',
      '2024-09-12T00:00:00',
    ]);
    expect(range('start of this month : end of this month')).toEqual([
      '2024-09-01T00:00:00',
      '2024-09-30T00:00:00',
    ]);
    expect(range('start of prior 2 years : today')).toEqual([
      '2022-01-01T00:00:00',
      '2024-09-10T00:00:00',
    ]);
  });

  it('shifts both bounds back, or replaces them with an explicit shift range', () => {
    expect(read('Last week', { timeShift: '1 year ago' })).toEqual([
      '2023-09-03T00:00:00',
      '2023-09-10T00:00:00',
    ]);
    expect(read('Last week', { timeShift: '2020-01-01 : 2020-01-08' })).toEqual([
      '2020-01-01T00:00:00',
      '2020-01-08T00:00:00',
    ]);
    expect(() => parseTimeRange('Last week', now, { timeShift: 'a while ago' })).toThrow(
      /could not read the time shift/,
    );
  });
});
