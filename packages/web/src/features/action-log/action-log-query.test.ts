import { logListQuerySchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, hasFilters, toLogListQuery } from './action-log-query';

describe('toLogListQuery', () => {
  it('asks for the newest entries first, with no filter when none is set', () => {
    const query = toLogListQuery(NO_FILTERS, { page: 2, pageSize: 50 });
    expect(query).toEqual({
      filters: [],
      order_column: 'dttm',
      order_direction: 'desc',
      page: 2,
      page_size: 50,
    });
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('turns every filter into a condition the server accepts', () => {
    const filters = {
      action: '  Dashboard ',
      userId: 3,
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-01-02T00:00:00Z'),
    };
    const query = toLogListQuery(filters, { page: 0, pageSize: 25 });
    expect(query.filters).toEqual([
      { col: 'action', opr: 'ct', value: 'Dashboard' },
      { col: 'user', opr: 'rel_o_m', value: 3 },
      { col: 'dttm', opr: 'gt', value: '2024-01-01T00:00:00.000Z' },
      { col: 'dttm', opr: 'lt', value: '2024-01-02T00:00:00.000Z' },
    ]);
    expect(logListQuerySchema.safeParse(query).success).toBe(true);
    expect(hasFilters(filters)).toBe(true);
  });
});
