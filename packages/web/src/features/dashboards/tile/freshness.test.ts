import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../visualizations/testing/chart-data-result';
import { freshnessNote, timeAgo } from './freshness';

const NOW = Date.parse('2024-05-01T12:00:00Z');

describe('freshnessNote', () => {
  it('dates cached data from when the server cached it (UTC without a zone)', () => {
    const cached = chartDataResult([], [], [], {
      is_cached: true,
      cached_dttm: '2024-05-01T11:57:00',
    });

    expect(freshnessNote([cached], NOW, NOW)).toBe('Computed 3 minutes ago (cached)');
  });

  it('dates fresh data from when it arrived', () => {
    const fresh = chartDataResult([], [], []);

    expect(freshnessNote([fresh], NOW - 2 * 3_600_000, NOW)).toBe('Computed 2 hours ago');
  });

  it('words short and long spans', () => {
    expect(timeAgo(NOW - 10_000, NOW)).toBe('a few seconds ago');
    expect(timeAgo(NOW - 60_000, NOW)).toBe('1 minute ago');
    expect(timeAgo(NOW - 3 * 86_400_000, NOW)).toBe('3 days ago');
  });
});
