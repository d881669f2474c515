import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { pivotTablePlugin } from '.';
import type { PivotTableFormData, PivotTableProps } from './types';

describe('pivot table buildQuery', () => {
  const formData: PivotTableFormData = {
    datasource: '4__table',
    viz_type: 'pivot_table_v2',
    groupbyColumns: ['ds', 'gender'],
    groupbyRows: ['state', 'gender'],
    metrics: ['count', 'sum__num'],
    time_grain_sqla: 'P1Y',
    temporal_columns_lookup: { ds: true },
    row_limit: 10000,
  };

  it('groups by every row and column dimension once, sorted by the first metric', () => {
    const [query] = queryContextSchema.parse(pivotTablePlugin.buildQuery(formData)).queries;
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1Y',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
      'gender',
      'state',
    ]);
    expect(query?.metrics).toEqual(['count', 'sum__num']);
    expect(query?.orderby).toEqual([['count', false]]);
    expect(query?.extras.time_grain_sqla).toBeUndefined();
    expect(query?.row_limit).toBe(10000);
    expect(query?.post_processing).toEqual([]);
  });

  it('limits the column groups to the top series by the sort metric', () => {
    const [query] = queryContextSchema.parse(
      pivotTablePlugin.buildQuery({
        ...formData,
        series_limit: 5,
        series_limit_metric: 'sum__num',
        order_desc: false,
      }),
    ).queries;
    expect(query).toMatchObject({ series_limit: 5, series_limit_metric: 'sum__num' });
    expect(query?.series_columns).toHaveLength(2);
    expect(query?.orderby).toEqual([['sum__num', true]]);
  });

  it('asks for metrics before querying', () => {
    const errors = pivotTablePlugin.validate({ datasource: '4__table', groupbyRows: ['state'] });
    expect(errors.map((error) => error.control)).toEqual(['metrics']);
  });
});

describe('pivot table transformProps', () => {
  const result = chartDataResult(
    ['ds', 'state', 'count'],
    [2, 1, 0],
    [
      { ds: day('2020-01-01'), state: 'CA', count: 1200 },
      { ds: day('2021-01-01'), state: 'CA', count: 800 },
      { ds: day('2020-01-01'), state: null, count: 5 },
    ],
  );

  it('writes times in the date format, missing values as null, values in the value format', () => {
    const props = pivotTablePlugin.transformProps(
      {
        groupbyRows: ['state'],
        groupbyColumns: ['ds'],
        metrics: ['count'],
        date_format: '%Y',
        valueFormat: ',d',
        colTotals: true,
        aggregateFunction: 'Average',
      },
      [result],
      { verboseMap: { count: 'Births', state: 'State' } },
    ) as PivotTableProps;
    expect(props.rowLevelLabels).toEqual(['State']);
    expect(props.columnLevelLabels).toEqual(['Metric', 'ds']);
    expect(props.formatHeader('__metric__', 'count')).toBe('Births');
    expect(props.formatHeader('ds', day('2021-01-01'))).toBe('2021');
    expect(props.formatHeader('state', null)).toBe('null');
    expect(props.formatValue(props.model.valueAt([], ['count', day('2020-01-01')]))).toBe('603');
    expect(props.totalLabel).toBe('Total (Average)');
  });

  it("colours leaf cells of the rule's metric, never subtotals", () => {
    const props = pivotTablePlugin.transformProps(
      {
        groupbyRows: ['state'],
        groupbyColumns: ['ds'],
        metrics: ['count'],
        colTotals: true,
        conditional_formatting: [
          { column: 'count', operator: '>', targetValue: 1000, colorScheme: '#00ff00' },
        ],
      },
      [result],
      {},
    ) as PivotTableProps;
    const column = ['count', day('2020-01-01')];
    expect(props.cellColor(['CA'], column, 1200)).toBe('rgba(0, 255, 0, 1)');
    expect(props.cellColor(['CA'], column, 900)).toBeUndefined();
    expect(props.cellColor([], column, 1205)).toBeUndefined();
  });
});
