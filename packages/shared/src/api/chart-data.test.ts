import { describe, expect, it } from 'vitest';
import { queryContextSchema, queryObjectSchema, timeRangeRequestSchema } from './chart-data.js';

describe('queryObjectSchema', () => {
  it('folds the deprecated aliases into their current fields', () => {
    const query = queryObjectSchema.parse({
      groupby: ['gender'],
      granularity_sqla: 'ds',
      timeseries_limit: 5,
      timeseries_limit_metric: 'count',
      where: "gender = 'boy'",
      having: 'COUNT(*) > 1',
      metrics: ['count'],
    });
    expect(query).toMatchObject({
      columns: ['gender'],
      granularity: 'ds',
      series_limit: 5,
      series_limit_metric: 'count',
      extras: { where: "gender = 'boy'", having: 'COUNT(*) > 1' },
      order_desc: true,
      filters: [],
    });
    expect(query).not.toHaveProperty('groupby');
    expect(query).not.toHaveProperty('where');
  });

  it('keeps the current fields over the aliases, and unknown keys', () => {
    const query = queryObjectSchema.parse({
      columns: ['state'],
      groupby: ['gender'],
      extras: { where: 'a = 1' },
      where: 'b = 2',
      custom_key: 1,
      filters: [{ col: 'state', op: 'in', val: ['CA'] }],
    });
    expect(query.columns).toEqual(['state']);
    expect(query.extras.where).toBe('a = 1');
    expect(query).toHaveProperty('custom_key', 1);
    expect(query.filters[0]?.op).toBe('IN');
  });

  it('refuses unknown filter operators and negative limits', () => {
    expect(
      queryObjectSchema.safeParse({ filters: [{ col: 'a', op: 'SOUNDS LIKE', val: 1 }] }).success,
    ).toBe(false);
    expect(queryObjectSchema.safeParse({ row_limit: -1 }).success).toBe(false);
  });
});

describe('queryContextSchema and timeRangeRequestSchema', () => {
  it("accepts Superset's front-end payload", () => {
    const context = queryContextSchema.parse({
      datasource: { id: 3, type: 'table' },
      force: false,
      queries: [{ columns: [], metrics: ['count'], row_limit: '10' }],
      form_data: { viz_type: 'table' },
      result_format: 'json',
      result_type: 'full',
    });
    expect(context.queries[0]?.row_limit).toBe(10);
    expect(
      timeRangeRequestSchema.parse([{ timeRange: 'Last week', shift: '1 year ago' }]),
    ).toHaveLength(1);
  });
});
