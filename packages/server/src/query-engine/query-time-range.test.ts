import { describe, expect, it } from 'vitest';
import { isoWithoutZone, queryTimeBounds, timeOffsetRange } from './query-time-range.js';
import { NOW, queryOf } from './test-support/query-fixtures.js';

const iso = (bounds: readonly (Date | null)[]) =>
  bounds.map((moment) => moment && isoWithoutZone(moment));

describe('queryTimeBounds', () => {
  it('reads time_range with relative_start/end and time_shift', () => {
    expect(iso(queryTimeBounds(queryOf({ time_range: 'Last week' }), NOW))).toEqual([
      '2024-09-03T00:00:00',
      '2024-09-10T00:00:00',
    ]);
    expect(
      iso(
        queryTimeBounds(
          queryOf({
            time_range: 'Last day',
            extras: { relative_start: 'now', relative_end: 'now' },
          }),
          NOW,
        ),
      ),
    ).toEqual(['2024-09-09T15:30:00', '2024-09-10T15:30:00']);
    expect(iso(queryTimeBounds(queryOf({ time_range: 'No filter' }), NOW))).toEqual([null, null]);
    expect(() => queryTimeBounds(queryOf({ time_range: 'whenever' }), NOW)).toThrow(
      expect.objectContaining({ code: 'TIME_RANGE_PARSE_ERROR' }),
    );
  });
});

describe('timeOffsetRange', () => {
  const query = queryOf({
    columns: ['ds'],
    metrics: ['count'],
    time_range: '2024-03-01 : 2024-04-01',
    filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: '2024-03-01 : 2024-04-01' }],
    time_offsets: ['1 year ago'],
    post_processing: [{ operation: 'pivot' }],
  });

  it('moves both bounds back by a relative offset, keeping the original as the inner range', () => {
    const shifted = timeOffsetRange(query, '1 year ago', NOW);
    expect(shifted.query.time_range).toBe('2023-03-01T00:00:00 : 2023-04-01T00:00:00');
    expect(shifted.query.filters[0]?.val).toBe('2023-03-01T00:00:00 : 2023-04-01T00:00:00');
    expect(shifted.query.time_offsets).toEqual([]);
    expect(shifted.query.post_processing).toEqual([]);
    expect(iso(shifted.innerRange)).toEqual(['2024-03-01T00:00:00', '2024-04-01T00:00:00']);
  });

  it('inherits the range length, or takes an explicit range', () => {
    expect(timeOffsetRange(query, 'inherit', NOW).query.time_range).toBe(
      '2024-01-30T00:00:00 : 2024-03-01T00:00:00',
    );
    expect(timeOffsetRange(query, '2020-01-01 : 2020-02-01', NOW).query.time_range).toBe(
      '2020-01-01T00:00:00 : 2020-02-01T00:00:00',
    );
  });

  it('needs an enclosed range', () => {
    expect(() => timeOffsetRange(queryOf({ time_range: 'No filter' }), '1 year ago', NOW)).toThrow(
      /enclosed time range/,
    );
  });
});
