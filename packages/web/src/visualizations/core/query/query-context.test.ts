import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { buildBaseQueryObject, buildQueryContext, MissingDatasourceError } from './query-context';

describe('buildBaseQueryObject', () => {
  it('turns adhoc filters into filters and parenthesised WHERE/HAVING clauses', () => {
    const query = buildBaseQueryObject({
      adhoc_filters: [
        {
          expressionType: 'SIMPLE',
          clause: 'WHERE',
          subject: 'gender',
          operator: 'IN',
          comparator: ['boy'],
        },
        { expressionType: 'SIMPLE', clause: 'WHERE', subject: 'name', operator: 'IS NOT NULL' },
        { expressionType: 'SQL', clause: 'WHERE', sqlExpression: 'num > 10' },
        { expressionType: 'SQL', clause: 'WHERE', sqlExpression: "state = 'CA' -- west" },
        { expressionType: 'SQL', clause: 'HAVING', sqlExpression: 'SUM(num) > 5' },
      ],
      time_range: 'Last week',
      time_grain_sqla: 'P1D',
      row_limit: '100',
    });
    expect(query.filters).toEqual([
      { col: 'gender', op: 'IN', val: ['boy'] },
      { col: 'name', op: 'IS NOT NULL' },
    ]);
    expect(query.extras).toEqual({
      where: "(num > 10) AND (state = 'CA' -- west\n)",
      having: '(SUM(num) > 5)',
      time_grain_sqla: 'P1D',
    });
    expect(query.time_range).toBe('Last week');
    expect(query.row_limit).toBe(100);
    expect(query.order_desc).toBe(true);
  });
});

describe('buildQueryContext', () => {
  it('reads the datasource key and turns the x-axis into a BASE_AXIS column with the grain', () => {
    const formData = { datasource: '3__table', x_axis: 'ds', time_grain_sqla: 'P1M' };
    const context = buildQueryContext(formData, [
      { ...buildBaseQueryObject(formData), columns: ['ds', 'gender'], is_timeseries: true },
    ]);
    expect(context.datasource).toEqual({ id: 3, type: 'table' });
    const [query] = queryContextSchema.parse(context).queries;
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1M',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
      'gender',
    ]);
    expect(query?.extras.time_grain_sqla).toBeUndefined();
    expect(query?.is_timeseries).toBeUndefined();
  });

  it('refuses form data without a usable dataset', () => {
    expect(() => buildQueryContext({ datasource: 'table' }, [{}])).toThrow(MissingDatasourceError);
  });
});
