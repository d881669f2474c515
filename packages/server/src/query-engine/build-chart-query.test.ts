import { describe, expect, it } from 'vitest';
import type { QueryObjectInput } from '@superset-ts/shared';
import { buildChartQuery, type BuildChartQueryInput } from './build-chart-query.js';
import { birthNames, columnOf, dialectOf, NOW, queryOf } from './test-support/query-fixtures.js';

const postgres = dialectOf('postgresql');

function build(query: QueryObjectInput, overrides: Partial<BuildChartQueryInput> = {}) {
  return buildChartQuery({
    dataset: birthNames(),
    query: queryOf(query),
    dialect: postgres,
    rlsPredicates: [],
    rowLimitCap: 1000,
    now: NOW,
    ...overrides,
  });
}

const where = (query: QueryObjectInput, overrides: Partial<BuildChartQueryInput> = {}) =>
  build(query, overrides)
    .sql.split('\nWHERE ')[1]
    ?.split(/\n(?:GROUP BY|ORDER BY|LIMIT)/)[0];

describe('buildChartQuery: columns and metrics', () => {
  it('groups a legacy time series by __timestamp, truncated to the grain, first', () => {
    const built = build({
      columns: ['__timestamp', 'gender'],
      metrics: ['count'],
      granularity: 'ds',
      extras: { time_grain_sqla: 'P1D' },
      is_timeseries: true,
    });
    expect(built.sql).toMatchInlineSnapshot(`
      "SELECT DATE_TRUNC('day', "ds") AS "__timestamp",
             "gender" AS "gender",
             COUNT(*) AS "count"
      FROM "birth_names"
      GROUP BY DATE_TRUNC('day', "ds"),
               "gender"
      LIMIT 1000"
    `);
    expect(built.colnames).toEqual(['__timestamp', 'gender', 'count']);
  });

  it('labels saved, SIMPLE and SQL metrics as Superset does', () => {
    const built = build({
      columns: ['num_plus_one'],
      metrics: [
        'sum__num',
        { expressionType: 'SIMPLE', aggregate: 'AVG', column: { column_name: 'num' } },
        {
          expressionType: 'SIMPLE',
          aggregate: 'MAX',
          column: { column_name: 'num_plus_one' },
          label: 'top',
        },
        { expressionType: 'SQL', sqlExpression: 'SUM(num) * 2' },
      ],
    });
    expect(built.sql).toMatchInlineSnapshot(`
      "SELECT (num + 1) AS "num_plus_one",
             SUM(num) AS "sum__num",
             AVG("num") AS "AVG(num)",
             MAX((num + 1)) AS "top",
             SUM(num) * 2 AS "SUM(num) * 2"
      FROM "birth_names"
      GROUP BY (num + 1)
      LIMIT 1000"
    `);
    expect(built.metricLabels).toEqual(['sum__num', 'AVG(num)', 'top', 'SUM(num) * 2']);
  });

  it('selects raw rows without GROUP BY when metrics are absent', () => {
    const built = build({ columns: ['name', 'num'], row_limit: 5 });
    expect(built.sql).toBe(
      'SELECT "name" AS "name",\n       "num" AS "num"\nFROM "birth_names"\nLIMIT 5',
    );
  });

  it('caps the row limit at the configured maximum and applies the offset', () => {
    expect(build({ columns: ['name'], row_limit: 10_000_000 }).sql).toMatch(/LIMIT 1000$/);
    expect(build({ columns: ['name'] }).sql).toMatch(/LIMIT 1000$/);
    expect(build({ columns: ['name'], row_limit: 7, row_offset: 14 }).sql).toMatch(
      /LIMIT 7\nOFFSET 14$/,
    );
  });

  it('uses ROW_LIMIT when the query sets none, and lets a query ask up to SQL_MAX_ROW', () => {
    const limits = { rowLimitCap: 100_000, defaultRowLimit: 50_000 };
    expect(build({ columns: ['name'] }, limits).sql).toMatch(/LIMIT 50000$/);
    expect(build({ columns: ['name'], row_limit: 80_000 }, limits).sql).toMatch(/LIMIT 80000$/);
    expect(build({ columns: ['name'], row_limit: 900_000 }, limits).sql).toMatch(/LIMIT 100000$/);
  });

  it('wraps a virtual dataset as virtual_table and drops its trailing semicolon', () => {
    const dataset = birthNames({ sql: 'SELECT * FROM birth_names WHERE num > 0;\n' });
    expect(build({ columns: ['gender'], metrics: ['count'] }, { dataset }).sql).toContain(
      'FROM (\nSELECT * FROM birth_names WHERE num > 0\n) AS virtual_table',
    );
    const twoStatements = birthNames({ sql: 'SELECT 1; DROP TABLE birth_names' });
    expect(() => build({ columns: ['gender'] }, { dataset: twoStatements })).toThrow(
      /cannot consist of multiple statements/,
    );
  });

  it('truncates an adhoc x-axis expression the dataset does not describe', () => {
    const built = build({
      columns: [
        {
          sqlExpression: "ds + interval '1 hour'",
          label: 'shifted',
          columnType: 'BASE_AXIS',
          timeGrain: 'P1Y',
        },
      ],
      metrics: ['count'],
    });
    expect(built.sql).toContain(`DATE_TRUNC('year', (ds + interval '1 hour')) AS "shifted"`);
  });

  it('refuses unknown columns, metrics, grains and duplicate labels', () => {
    expect(() => build({ columns: ['nope'], metrics: ['count'] })).toThrow(
      /Column "nope" does not exist/,
    );
    expect(() => build({ columns: ['gender'], metrics: ['nope'] })).toThrow(
      /Metric 'nope' does not exist/,
    );
    expect(() =>
      build({
        columns: ['ds'],
        metrics: ['count'],
        granularity: 'ds',
        extras: { time_grain_sqla: 'P2D' },
      }),
    ).toThrow(/Unknown time grain/);
    expect(() => build({ columns: ['gender'], metrics: ['count', 'count'] })).toThrow(
      /Duplicate column\/metric labels: "count"/,
    );
    expect(() => build({ columns: [], metrics: [] })).toThrow(/Empty query/);
    expect(() =>
      build({ columns: ['gender'], metrics: ['count'], granularity: 'nope' }),
    ).not.toThrow();
  });
});

describe('buildChartQuery: filters', () => {
  it('writes every operator, with values converted by column type', () => {
    const conditions = where({
      columns: ['name'],
      filters: [
        { col: 'gender', op: '==', val: 'boy' },
        { col: 'gender', op: '!=', val: 'girl' },
        { col: 'num', op: '>', val: '10' },
        { col: 'num', op: '<', val: 20 },
        { col: 'num', op: '>=', val: 1.5 },
        { col: 'num', op: '<=', val: 99 },
        { col: 'name', op: 'LIKE', val: 'A%' },
        { col: 'num', op: 'LIKE', val: '1%' },
        { col: 'name', op: 'NOT LIKE', val: 'B%' },
        { col: 'name', op: 'ILIKE', val: 'c%' },
        { col: 'name', op: 'NOT ILIKE', val: 'd%' },
        { col: 'state', op: 'IS NULL' },
        { col: 'state', op: 'IS NOT NULL' },
        { col: 'state', op: 'IN', val: ['CA', 'NY'] },
        { col: 'state', op: 'NOT IN', val: ['TX', null] },
        { col: 'is_active', op: 'IS TRUE' },
        { col: 'is_active', op: 'IS FALSE' },
        { col: 'is_active', op: '==', val: 'true' },
        { col: 'ds', op: '>=', val: 1_704_067_200_000 },
        { col: 'ds', op: 'TEMPORAL_RANGE', val: 'Last week' },
        { col: 'gender', op: '==', val: '<NULL>' },
        { col: 'gender', op: '!=', val: '<empty string>' },
      ],
    });
    expect(conditions).toMatchInlineSnapshot(`
      ""gender" = 'boy'
        AND "gender" != 'girl'
        AND "num" > 10
        AND "num" < 20
        AND "num" >= 1.5
        AND "num" <= 99
        AND "name" LIKE 'A%'
        AND CAST("num" AS VARCHAR) LIKE '1%'
        AND "name" NOT LIKE 'B%'
        AND "name" ILIKE 'c%'
        AND "name" NOT ILIKE 'd%'
        AND "state" IS NULL
        AND "state" IS NOT NULL
        AND "state" IN ('CA', 'NY')
        AND NOT ("state" IN ('TX') OR "state" IS NULL)
        AND "is_active" IS TRUE
        AND "is_active" IS FALSE
        AND "is_active" = TRUE
        AND "ds" >= TO_TIMESTAMP('2024-01-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND "ds" >= TO_TIMESTAMP('2024-09-03 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND "ds" < TO_TIMESTAMP('2024-09-10 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND "gender" IS NULL
        AND "gender" != ''"
    `);
  });

  it('treats IN with a NULL as "IN (...) OR IS NULL", and refuses an empty list', () => {
    expect(
      where({ columns: ['name'], filters: [{ col: 'state', op: 'IN', val: [null, 'CA'] }] }),
    ).toBe(`("state" IN ('CA') OR "state" IS NULL)`);
    expect(where({ columns: ['name'], filters: [{ col: 'state', op: 'IN', val: [null] }] })).toBe(
      `("state" IS NULL)`,
    );
    expect(() =>
      build({ columns: ['name'], filters: [{ col: 'state', op: 'IN', val: [] }] }),
    ).toThrow(/cannot be empty/);
    expect(() =>
      build({ columns: ['name'], filters: [{ col: 'num', op: '>', val: null }] }),
    ).toThrow(/Must specify a value/);
  });

  it('rejects filters on columns the dataset lacks, and applies adhoc SQL columns', () => {
    const built = build({
      columns: ['name'],
      filters: [
        { col: 'missing', op: '==', val: 1 },
        { col: { sqlExpression: 'UPPER(name)', label: 'upper' }, op: '==', val: 'ANN' },
        { col: 'gender', op: '==', val: 'boy' },
      ],
    });
    expect(built.rejectedFilters).toEqual([{ column: 'missing', reason: 'not_in_datasource' }]);
    expect(built.appliedFilters).toEqual([
      { column: { sqlExpression: 'UPPER(name)', label: 'upper' } },
      { column: 'gender' },
    ]);
    expect(built.sql).toContain(`WHERE (UPPER(name)) = 'ANN'\n  AND "gender" = 'boy'`);
  });

  it('ANDs RLS clauses and extras in parentheses, so an OR cannot widen them', () => {
    const conditions = where(
      { columns: ['name'], extras: { where: "gender = 'boy' OR 1 = 1" } },
      { rlsPredicates: ["state = 'CA' OR state = 'NY'", 'num < 100'] },
    );
    expect(conditions).toBe(
      `(state = 'CA' OR state = 'NY')\n  AND (num < 100)\n  AND (gender = 'boy' OR 1 = 1)`,
    );
  });
});

describe('buildChartQuery: time filters', () => {
  it('filters the granularity over [start, end) from the time range and reports the bounds', () => {
    const built = build({ columns: ['name'], granularity: 'ds', time_range: 'Last week' });
    expect(where({ columns: ['name'], granularity: 'ds', time_range: 'Last week' })).toBe(
      `"ds" >= TO_TIMESTAMP('2024-09-03 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')\n  AND "ds" < TO_TIMESTAMP('2024-09-10 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')`,
    );
    expect(built.fromDttm?.toISOString()).toBe('2024-09-03T00:00:00.000Z');
    expect(built.toDttm?.toISOString()).toBe('2024-09-10T00:00:00.000Z');
  });

  it("follows a database's time_range_endpoints", () => {
    expect(
      where(
        { columns: ['name'], granularity: 'ds_epoch', time_range: '2024-01-01 : 2024-02-01' },
        { timeRangeEndpoints: ['exclusive', 'inclusive'] },
      ),
    ).toBe('"ds_epoch" > 1704067200\n  AND "ds_epoch" <= 1706745600');
  });

  it('compares text time columns with their python_date_format, or the database default', () => {
    expect(
      where({ columns: ['name'], granularity: 'ds_text', time_range: '2024-01-01 : 2024-02-01' }),
    ).toBe(`"ds_text" >= '2024-01-01'\n  AND "ds_text" < '2024-02-01'`);
    const dataset = birthNames({
      columns: [columnOf('day', { is_dttm: true }), columnOf('name')],
      main_dttm_col: 'day',
    });
    expect(
      where(
        { columns: ['name'], granularity: 'day', time_range: '2024-01-01 : 2024-02-01' },
        { dataset, pythonDateFormatByColumn: { day: '%Y%m%d' } },
      ),
    ).toBe(`"day" >= '20240101'\n  AND "day" < '20240201'`);
  });

  it('also filters the main time column when the dataset always filters it', () => {
    const dataset = birthNames({ always_filter_main_dttm: true });
    expect(
      where(
        { columns: ['name'], granularity: 'ds_epoch', time_range: '2024-01-01 : 2024-02-01' },
        { dataset },
      ),
    ).toBe(
      `"ds" >= TO_TIMESTAMP('2024-01-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')\n  AND "ds" < TO_TIMESTAMP('2024-02-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')\n  AND "ds_epoch" >= 1704067200\n  AND "ds_epoch" < 1706745600`,
    );
  });

  it('reads a TEMPORAL_RANGE filter with the query relative_start and time_shift', () => {
    expect(
      where({
        columns: ['name'],
        filters: [{ col: 'ds_text', op: 'TEMPORAL_RANGE', val: 'Last day' }],
        extras: { relative_start: 'now', relative_end: 'now' },
        time_shift: '1 week ago',
      }),
    ).toBe(`"ds_text" >= '2024-09-02'\n  AND "ds_text" < '2024-09-03'`);
  });
});

describe('buildChartQuery: ordering, series limit and kinds', () => {
  it('orders by metrics, columns and adhoc metrics, and refuses unknown references', () => {
    const built = build({
      columns: ['gender'],
      metrics: ['count'],
      orderby: [
        ['count', false],
        ['gender', true],
        ['sum__num', false],
        [{ expressionType: 'SQL', sqlExpression: 'MAX(num)', label: 'm' }, true],
      ],
    });
    expect(built.sql).toContain(
      'ORDER BY "count" DESC,\n         "gender" ASC,\n         SUM(num) DESC,\n         MAX(num) ASC',
    );
    expect(() =>
      build({ columns: ['gender'], metrics: ['count'], orderby: [['nope', true]] }),
    ).toThrow(/Unknown column used in orderby/);
  });

  it('ranks series by series_limit_metric in the top-N subquery', () => {
    const built = build({
      columns: ['gender', 'state'],
      metrics: ['count'],
      series_columns: ['state'],
      series_limit: 3,
      series_limit_metric: 'sum__num',
      order_desc: false,
    });
    expect(built.sql).toContain(
      'JOIN (\nSELECT "state" AS "state__",\n       COUNT(*) AS "mme_inner__"\nFROM "birth_names"\nGROUP BY "state"\nORDER BY SUM(num) ASC\nLIMIT 3\n) AS series_limit ON "state" = series_limit."state__"',
    );
  });

  it('builds samples of every column without metrics or time range, and row counts', () => {
    const query = {
      columns: ['gender'],
      metrics: ['count'],
      granularity: 'ds',
      time_range: 'Last week',
      row_limit: 10,
    };
    const samples = build(query, { kind: 'samples' });
    expect(samples.colnames).toEqual(birthNames().columns.map((column) => column.column_name));
    expect(samples.sql).not.toContain('WHERE');
    expect(samples.sql).not.toContain('GROUP BY');
    expect(build(query, { kind: 'drill_detail' }).sql).toContain('WHERE "ds" >= ');
    const rowcount = build(query, { kind: 'rowcount' });
    expect(rowcount.colnames).toEqual(['rowcount']);
    expect(rowcount.sql).toMatch(
      /^SELECT COUNT\(\*\) AS "rowcount"\nFROM \(\nSELECT "gender"[\s\S]*\n\) AS rowcount_qry$/,
    );
  });

  it('hashes labels longer than the engine accepts', () => {
    const label = 'x'.repeat(80);
    const built = build({
      columns: ['gender'],
      metrics: [{ expressionType: 'SQL', sqlExpression: 'COUNT(*)', label }],
    });
    expect(built.colnames).toContain(label);
    expect(built.sql).toMatch(/COUNT\(\*\) AS "[0-9a-f]{63}"/);
  });
});

describe('buildChartQuery: free SQL is checked', () => {
  it('refuses statement smuggling, subqueries and clauses that escape their parentheses', () => {
    const metric = (sqlExpression: string) => ({
      columns: ['gender'],
      metrics: [{ expressionType: 'SQL' as const, sqlExpression, label: 'm' }],
    });
    expect(() => build(metric('COUNT(*); DROP TABLE birth_names'))).toThrow(/contains ";"/);
    expect(() => build(metric('(SELECT MAX(num) FROM birth_names)'))).toThrow(
      /cannot contain sub-queries/,
    );
    expect(() => build({ columns: ['name'], extras: { where: '1 = 1) OR (1 = 1' } })).toThrow(
      /parentheses do not match/,
    );
    expect(() => build({ columns: ['name'], extras: { where: 'num > 1 GROUP BY name' } })).toThrow(
      /not one condition/,
    );
    expect(() => build(metric('SUM(num) AS total'))).toThrow(/own alias/);
    expect(() => build({ columns: ['name'] }, { rlsPredicates: ['1 = 1; DELETE FROM t'] })).toThrow(
      /row level security/,
    );
  });

  it('allows a subquery under ALLOW_ADHOC_SUBQUERY and removes comments that could hide SQL', () => {
    const built = build(
      {
        columns: ['name'],
        extras: { where: 'num IN (SELECT num FROM other) -- )' },
      },
      { allowAdhocSubqueries: true },
    );
    expect(built.sql).toContain('WHERE (num IN (SELECT num FROM other))');
  });
});
