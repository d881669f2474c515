import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it, vi } from 'vitest';
import type { QueryContextRequest } from '../../core/query/query-context';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { tablePlugin } from '.';
import { buildTableQuery } from './buildQuery';
import { transformTableProps } from './transformProps';
import type { TableFormData, TableProps } from './types';

describe('table buildQuery', () => {
  it('aggregates by the dimensions, sorted by the first metric, with percent metrics and totals', () => {
    const context = tablePlugin.buildQuery({
      datasource: '4__table',
      viz_type: 'table',
      query_mode: 'aggregate',
      groupby: ['ds', 'state'],
      metrics: ['count'],
      percent_metrics: ['count'],
      time_grain_sqla: 'P1M',
      temporal_columns_lookup: { ds: true },
      show_totals: true,
      row_limit: 500,
    });
    const [query, totals] = queryContextSchema.parse(context).queries;
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1M',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
      'state',
    ]);
    expect(query?.metrics).toEqual(['count']);
    expect(query?.orderby).toEqual([['count', false]]);
    expect(query?.post_processing).toEqual([
      { operation: 'contribution', options: { columns: ['count'], rename_columns: ['%count'] } },
    ]);
    expect(totals).toMatchObject({ columns: [], row_limit: 0 });
  });

  it('lists raw records with the chosen ordering and no metrics', () => {
    const context = tablePlugin.buildQuery({
      datasource: '4__table',
      query_mode: 'raw',
      all_columns: ['name', 'num'],
      order_by_cols: ['["num", false]'],
    });
    const [query] = queryContextSchema.parse(context).queries;
    expect(query).toMatchObject({ columns: ['name', 'num'], orderby: [['num', false]] });
    expect(query?.metrics).toBeUndefined();
  });

  it('asks for dimensions or metrics in aggregate mode, columns in raw mode', () => {
    expect(tablePlugin.validate({ datasource: '4__table' }).map((e) => e.control)).toEqual([
      'groupby',
    ]);
    expect(
      tablePlugin.validate({ datasource: '4__table', query_mode: 'raw' }).map((e) => e.control),
    ).toEqual(['all_columns']);
  });
});

describe('table percent metrics', () => {
  it('shows only the share of a percent metric that is not also a metric', () => {
    const props = tablePlugin.transformProps(
      { query_mode: 'aggregate', groupby: ['state'], percent_metrics: ['count'] },
      [
        chartDataResult(
          ['state', 'count', '%count'],
          [1, 0, 0],
          [{ state: 'CA', count: 3, '%count': 1 }],
        ),
      ],
      {},
    ) as TableProps;
    expect(props.columns.map((column) => column.key)).toEqual(['state', '%count']);
  });
});

describe('table buildQuery with server pagination', () => {
  const formData: TableFormData = {
    datasource: '4__table',
    viz_type: 'table',
    query_mode: 'aggregate',
    groupby: ['state'],
    metrics: ['count'],
    server_pagination: true,
    server_page_length: 10,
    row_limit: 25,
    show_totals: true,
  };

  it('asks for the first page, the row count of the whole result, and the totals', () => {
    const [page, count, totals] = queryContextSchema.parse(
      tablePlugin.buildQuery(formData),
    ).queries;
    expect(page).toMatchObject({ row_offset: 0, row_limit: 10, orderby: [['count', false]] });
    expect(count).toMatchObject({ is_rowcount: true, row_limit: 25, orderby: [] });
    expect(count?.row_offset).toBeUndefined();
    expect(count?.post_processing).toEqual([]);
    expect(totals).toMatchObject({ columns: [], row_limit: 0 });
  });

  it("applies the reader's page, sort and search, and never pages past the row limit", () => {
    const context = buildTableQuery(formData, {
      currentPage: 7,
      pageSize: 10,
      sortBy: { key: 'state', desc: true },
      search: { column: 'state', text: 'new ' },
    });
    const [page, count] = queryContextSchema.parse(context).queries;
    expect(page).toMatchObject({ row_offset: 20, row_limit: 5, orderby: [['state', false]] });
    expect(page?.filters).toEqual([{ col: 'state', op: 'ILIKE', val: '%new%' }]);
    expect(count?.filters).toEqual(page?.filters);
  });

  it('downloads every row rather than the page on screen', () => {
    const context = buildTableQuery({ ...formData, show_totals: false, result_format: 'csv' });
    const queries = queryContextSchema.parse(context).queries;
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ row_limit: 25 });
    expect(queries[0]?.row_offset).toBeUndefined();
  });

  it('pages raw records without a totals query', () => {
    const context = buildTableQuery(
      { ...formData, query_mode: 'raw', all_columns: ['name'], row_limit: 0 },
      { currentPage: 3, pageSize: 50 },
    );
    const queries = queryContextSchema.parse(context).queries;
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatchObject({ row_offset: 150, row_limit: 50 });
  });
});

describe('table transformProps', () => {
  it('formats numbers, percentages, times and missing values per column', () => {
    const response = [
      chartDataResult(
        ['ds', 'state', 'count', '%count'],
        [2, 1, 0, 0],
        [
          { ds: day('2024-02-01'), state: 'CA', count: 1234567, '%count': 0.75 },
          { ds: day('2024-03-01'), state: null, count: 411522, '%count': 0.25 },
        ],
      ),
    ];
    const props = tablePlugin.transformProps(
      {
        query_mode: 'aggregate',
        time_grain_sqla: 'P1M',
        metrics: ['count'],
        percent_metrics: ['count'],
      },
      response,
      { verboseMap: { count: 'Count' } },
    ) as TableProps;
    expect(props.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['ds', 'ds', 'time'],
      ['state', 'state', 'text'],
      ['count', 'Count', 'number'],
      ['%count', '%count', 'percent'],
    ]);
    const row = props.rows[1] ?? {};
    expect(props.columns.map((c) => c.format(row[c.key]))).toEqual([
      'Mar 2024',
      'N/A',
      '412k',
      '25.000%',
    ]);
  });
});

describe('table transformProps with server pagination', () => {
  const formData: TableFormData = {
    datasource: '4__table',
    query_mode: 'aggregate',
    groupby: ['state'],
    metrics: ['count'],
    server_pagination: true,
    server_page_length: 2,
  };
  const page = (states: string[]) =>
    chartDataResult(
      ['state', 'count'],
      [1, 0],
      states.map((state, index) => ({ state, count: index + 1 })),
    );
  const count = chartDataResult(['rowcount'], [0], [{ rowcount: 5 }]);

  it('reads the row count and loads other pages with the same form data', async () => {
    const fetcher = vi.fn(() => Promise.resolve([page(['TX', 'WA']), count]));
    const props = transformTableProps(
      formData,
      [page(['CA', 'NY']), count],
      {},
      undefined,
      fetcher,
    );
    expect(props.rows.map((row) => row.state)).toEqual(['CA', 'NY']);
    expect(props.serverPagination?.rowCount).toBe(5);
    expect(props.serverPagination?.searchableColumns).toEqual([{ key: 'state', label: 'state' }]);

    const next = await props.serverPagination?.loadPage({ currentPage: 1, pageSize: 2 });
    expect(next?.rows.map((row) => row.state)).toEqual(['TX', 'WA']);
    expect(next?.serverPagination?.request.currentPage).toBe(1);
    const [context] = fetcher.mock.calls[0] as unknown as [QueryContextRequest];
    expect(context.queries[0]).toMatchObject({ row_offset: 2, row_limit: 2 });
  });

  it("rejects with the server's message when the page query failed", async () => {
    const failed = chartDataResult([], [], [], {
      status: 'failed',
      error: 'column "x" does not exist',
    });
    const props = transformTableProps(formData, [page(['CA']), count], {}, undefined, () =>
      Promise.resolve([failed, count]),
    );
    await expect(props.serverPagination?.loadPage({ currentPage: 1, pageSize: 2 })).rejects.toThrow(
      'column "x" does not exist',
    );
  });
});

describe('table column config', () => {
  it('formats, aligns, renames and hides columns as configured', () => {
    const props = tablePlugin.transformProps(
      {
        query_mode: 'aggregate',
        groupby: ['state'],
        metrics: ['count', 'sum__num'],
        column_config: {
          count: { d3NumberFormat: ',d', horizontalAlign: 'center', headerText: 'Births' },
          sum__num: { visible: false },
        },
      },
      [
        chartDataResult(
          ['state', 'count', 'sum__num'],
          [1, 0, 0],
          [{ state: 'CA', count: 1234567, sum__num: 3 }],
        ),
      ],
      {},
    ) as TableProps;
    expect(props.columns.map((c) => [c.key, c.label, c.align])).toEqual([
      ['state', 'state', 'left'],
      ['count', 'Births', 'center'],
    ]);
    expect(props.columns[1]?.format(1234567)).toBe('1,234,567');
  });

  it('draws cell bars on metric columns only, unless turned off; numeric dimensions read as is', () => {
    const result = chartDataResult(
      ['year', 'count'],
      [0, 0],
      [
        { year: 2020, count: -50 },
        { year: 2021, count: 150 },
      ],
    );
    const props = tablePlugin.transformProps(
      { groupby: ['year'], metrics: ['count'] },
      [result],
      {},
    ) as TableProps;
    const [year, countColumn] = props.columns;
    expect(year?.cellBar).toBeUndefined();
    expect(year?.format(2020)).toBe('2020');
    expect(countColumn?.cellBar?.(150)).toMatchObject({ leftPercent: 25, widthPercent: 75 });
    expect(countColumn?.cellBar?.(150)?.color).toContain('82, 196, 26');
    expect(countColumn?.cellBar?.(-50)).toMatchObject({ leftPercent: 0, widthPercent: 25 });
    const plain = tablePlugin.transformProps(
      { groupby: ['year'], metrics: ['count'], show_cell_bars: false },
      [result],
      {},
    ) as TableProps;
    expect(plain.columns[1]?.cellBar).toBeUndefined();
  });
});
