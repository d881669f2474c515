import { describe, expect, it } from 'vitest';
import { queryObjectSchema, type QueryObjectInput } from '../api/chart-data.js';
import { applyExtraFormData } from './extra-form-data.js';

const X_AXIS = {
  sqlExpression: 'ds',
  label: 'ds',
  columnType: 'BASE_AXIS' as const,
  timeGrain: 'P1D',
};

/** A time-series query as Explore saves it: x-axis, a region filter and a time filter. */
const timeseries = (): QueryObjectInput => ({
  columns: [X_AXIS, 'region'],
  metrics: ['count'],
  filters: [
    { col: 'region', op: 'IN', val: ['EU'] },
    { col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' },
  ],
  time_range: 'No filter',
  extras: { time_grain_sqla: 'P1D' },
  time_offsets: ['1 year ago'],
});

describe('applyExtraFormData', () => {
  it('appends filters, and adhoc filters as filters or parenthesised SQL by clause', () => {
    const query = { ...timeseries(), extras: { where: 'amount > 0' } };
    const applied = applyExtraFormData(query, {
      filters: [{ col: 'country', op: 'IN', val: ['FR'] }],
      adhoc_filters: [
        {
          expressionType: 'SIMPLE',
          clause: 'WHERE',
          subject: 'city',
          operator: '==',
          comparator: 'Paris',
        },
        { expressionType: 'SIMPLE', clause: 'WHERE', subject: 'city', operator: 'IS NOT NULL' },
        { expressionType: 'SQL', clause: 'WHERE', sqlExpression: "kind = 'a' OR kind = 'b'" },
        { expressionType: 'SQL', clause: 'HAVING', sqlExpression: 'SUM(amount) > 10' },
      ],
    });
    expect(applied.filters).toEqual([
      { col: 'region', op: 'IN', val: ['EU'] },
      { col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' },
      { col: 'country', op: 'IN', val: ['FR'] },
      { col: 'city', op: '==', val: 'Paris' },
      { col: 'city', op: 'IS NOT NULL' },
    ]);
    expect(applied.extras?.where).toBe("(amount > 0) AND (kind = 'a' OR kind = 'b')");
    expect(applied.extras?.having).toBe('(SUM(amount) > 10)');
    expect(query.filters).toHaveLength(2);
    expect(query.extras.where).toBe('amount > 0');
  });

  it('keeps a deprecated top-level where when ANDing a SQL filter into extras', () => {
    const applied = applyExtraFormData(
      { columns: ['region'], where: 'amount > 0' },
      { adhoc_filters: [{ expressionType: 'SQL', clause: 'WHERE', sqlExpression: 'x = 1' }] },
    );
    expect(queryObjectSchema.parse(applied).extras.where).toBe('(amount > 0) AND (x = 1)');
  });

  it('leaves the WHERE text untouched when no SQL filter is added', () => {
    const applied = applyExtraFormData({ columns: ['a'], extras: { where: 'a = 1' } }, {});
    expect(applied.extras?.where).toBe('a = 1');
  });

  it('sets the time range on the query and on every TEMPORAL_RANGE filter', () => {
    const applied = applyExtraFormData(timeseries(), { time_range: 'Last week' });
    expect(applied.time_range).toBe('Last week');
    expect(applied.filters).toContainEqual({ col: 'ds', op: 'TEMPORAL_RANGE', val: 'Last week' });
    expect(applied.filters).toContainEqual({ col: 'region', op: 'IN', val: ['EU'] });
  });

  it('points the time filter at the granularity column and sets the granularity', () => {
    const applied = applyExtraFormData(timeseries(), {
      granularity_sqla: 'shipped_at',
      time_range: '2024-01-01 : 2024-02-01',
    });
    expect(applied.granularity).toBe('shipped_at');
    expect(applied.filters).toContainEqual({
      col: 'shipped_at',
      op: 'TEMPORAL_RANGE',
      val: '2024-01-01 : 2024-02-01',
    });
    expect(applied.filters?.some((filter) => filter.col === 'ds')).toBe(false);
  });

  it('sets the time grain in extras and on the x-axis, not on other columns', () => {
    const applied = applyExtraFormData(timeseries(), { time_grain_sqla: 'P1M' });
    expect(applied.extras?.time_grain_sqla).toBe('P1M');
    expect(applied.columns).toEqual([{ ...X_AXIS, timeGrain: 'P1M' }, 'region']);
  });

  it('sets relative anchors, ignores unknown ones, and replaces the time comparisons', () => {
    const applied = applyExtraFormData(timeseries(), {
      relative_start: 'now',
      relative_end: 'tomorrow',
      time_compare: ['1 week ago', '1 month ago'],
    });
    expect(applied.extras?.relative_start).toBe('now');
    expect(applied.extras?.relative_end).toBeUndefined();
    expect(applied.time_offsets).toEqual(['1 week ago', '1 month ago']);
  });

  it('changes nothing for empty extra form data, and stays valid for the query schema', () => {
    const applied = applyExtraFormData(timeseries(), {});
    expect(applied).toEqual(timeseries());
    const full = applyExtraFormData(timeseries(), {
      time_range: 'Last year',
      granularity_sqla: 'ds',
      time_grain_sqla: 'P1W',
      filters: [{ col: 'region', op: 'in', val: ['US'] }],
    });
    expect(() => queryObjectSchema.parse(full)).not.toThrow();
  });
});
