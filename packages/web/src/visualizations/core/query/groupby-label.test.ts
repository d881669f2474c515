import { describe, expect, it } from 'vitest';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { createGroupbyLabeler } from './groupby-label';

describe('createGroupbyLabeler', () => {
  it('joins dimension values, formats times and shows missing values as <NULL>', () => {
    const result = chartDataResult(['ds', 'state', 'count'], [2, 1, 0], []);
    const labelOf = createGroupbyLabeler(result, ['ds', 'state'], getTimeFormatter('%Y-%m-%d'));
    expect(labelOf({ ds: day('2024-03-01'), state: 'CA' })).toBe('2024-03-01, CA');
    expect(labelOf({ ds: null, state: true })).toBe('<NULL>, true');
  });

  it('names every row the same (empty) without dimensions', () => {
    const labelOf = createGroupbyLabeler(undefined, [], getTimeFormatter());
    expect(labelOf({ count: 3 })).toBe('');
  });
});
