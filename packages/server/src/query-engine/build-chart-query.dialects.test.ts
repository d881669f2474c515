import { describe, expect, it } from 'vitest';
import { buildChartQuery } from './build-chart-query.js';
import { birthNames, dialectOf, NOW, queryOf } from './test-support/query-fixtures.js';

/**
 * Golden SQL per dialect family: one chart query (a monthly x-axis, a series column limited
 * to the top 5, saved and adhoc metrics, filters with a quote in a value, RLS, WHERE and
 * HAVING, ordering, a row limit and an offset) as each family writes it.
 */
const chartQuery = queryOf({
  columns: [
    { sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1M' },
    'gender',
  ],
  metrics: [
    'sum__num',
    {
      expressionType: 'SIMPLE',
      aggregate: 'COUNT_DISTINCT',
      column: { column_name: 'name' },
      label: 'names',
    },
  ],
  filters: [
    { col: 'ds', op: 'TEMPORAL_RANGE', val: '2024-01-01 : 2024-07-01' },
    { col: 'name', op: 'IN', val: ["O'Brien", 'back\\slash', null] },
    { col: 'is_active', op: 'IS TRUE' },
  ],
  extras: { where: 'num > 0', having: 'SUM(num) > 10' },
  series_columns: ['gender'],
  series_limit: 5,
  orderby: [['sum__num', false]],
  row_limit: 100,
  row_offset: 20,
});

function sqlFor(engine: string): string {
  return buildChartQuery({
    dataset: birthNames({ schema: 'public' }),
    query: chartQuery,
    dialect: dialectOf(engine),
    rlsPredicates: ["state = 'CA'"],
    rowLimitCap: 50_000,
    now: NOW,
  }).sql;
}

describe('buildChartQuery golden SQL per dialect family', () => {
  it('postgresql', () => {
    expect(sqlFor('postgresql')).toMatchInlineSnapshot(`
      "SELECT DATE_TRUNC('month', "ds") AS "ds",
             "gender" AS "gender",
             SUM(num) AS "sum__num",
             COUNT(DISTINCT "name") AS "names"
      FROM "public"."birth_names"
      JOIN (
      SELECT "gender" AS "gender__",
             SUM(num) AS "mme_inner__"
      FROM "public"."birth_names"
      WHERE "ds" >= TO_TIMESTAMP('2024-01-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND "ds" < TO_TIMESTAMP('2024-07-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY "gender"
      ORDER BY "mme_inner__" DESC
      LIMIT 5
      ) AS series_limit ON "gender" = series_limit."gender__"
      WHERE "ds" >= TO_TIMESTAMP('2024-01-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND "ds" < TO_TIMESTAMP('2024-07-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US')
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY DATE_TRUNC('month', "ds"),
               "gender"
      HAVING (SUM(num) > 10)
      ORDER BY "sum__num" DESC
      LIMIT 100
      OFFSET 20"
    `);
  });

  it('mysql (backslashes escaped in literals)', () => {
    expect(sqlFor('mysql')).toMatchInlineSnapshot(`
      "SELECT DATE(DATE_SUB(\`ds\`, INTERVAL DAYOFMONTH(\`ds\`) - 1 DAY)) AS \`ds\`,
             \`gender\` AS \`gender\`,
             SUM(num) AS \`sum__num\`,
             COUNT(DISTINCT \`name\`) AS \`names\`
      FROM \`public\`.\`birth_names\`
      JOIN (
      SELECT \`gender\` AS \`gender__\`,
             SUM(num) AS \`mme_inner__\`
      FROM \`public\`.\`birth_names\`
      WHERE \`ds\` >= STR_TO_DATE('2024-01-01 00:00:00.000000', '%Y-%m-%d %H:%i:%s.%f')
        AND \`ds\` < STR_TO_DATE('2024-07-01 00:00:00.000000', '%Y-%m-%d %H:%i:%s.%f')
        AND (\`name\` IN ('O''Brien', 'back\\\\slash') OR \`name\` IS NULL)
        AND \`is_active\` IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY \`gender\`
      ORDER BY \`mme_inner__\` DESC
      LIMIT 5
      ) AS series_limit ON \`gender\` = series_limit.\`gender__\`
      WHERE \`ds\` >= STR_TO_DATE('2024-01-01 00:00:00.000000', '%Y-%m-%d %H:%i:%s.%f')
        AND \`ds\` < STR_TO_DATE('2024-07-01 00:00:00.000000', '%Y-%m-%d %H:%i:%s.%f')
        AND (\`name\` IN ('O''Brien', 'back\\\\slash') OR \`name\` IS NULL)
        AND \`is_active\` IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY DATE(DATE_SUB(\`ds\`, INTERVAL DAYOFMONTH(\`ds\`) - 1 DAY)),
               \`gender\`
      HAVING (SUM(num) > 10)
      ORDER BY \`sum__num\` DESC
      LIMIT 100
      OFFSET 20"
    `);
  });

  it('sqlite', () => {
    expect(sqlFor('sqlite')).toMatchInlineSnapshot(`
      "SELECT DATETIME("ds", 'start of month') AS "ds",
             "gender" AS "gender",
             SUM(num) AS "sum__num",
             COUNT(DISTINCT "name") AS "names"
      FROM "public"."birth_names"
      JOIN (
      SELECT "gender" AS "gender__",
             SUM(num) AS "mme_inner__"
      FROM "public"."birth_names"
      WHERE "ds" >= '2024-01-01 00:00:00'
        AND "ds" < '2024-07-01 00:00:00'
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY "gender"
      ORDER BY "mme_inner__" DESC
      LIMIT 5
      ) AS series_limit ON "gender" = series_limit."gender__"
      WHERE "ds" >= '2024-01-01 00:00:00'
        AND "ds" < '2024-07-01 00:00:00'
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY DATETIME("ds", 'start of month'),
               "gender"
      HAVING (SUM(num) > 10)
      ORDER BY "sum__num" DESC
      LIMIT 100
      OFFSET 20"
    `);
  });

  it('duckdb', () => {
    expect(sqlFor('duckdb')).toMatchInlineSnapshot(`
      "SELECT DATE_TRUNC('month', "ds") AS "ds",
             "gender" AS "gender",
             SUM(num) AS "sum__num",
             COUNT(DISTINCT "name") AS "names"
      FROM "public"."birth_names"
      JOIN (
      SELECT "gender" AS "gender__",
             SUM(num) AS "mme_inner__"
      FROM "public"."birth_names"
      WHERE "ds" >= '2024-01-01 00:00:00.000000'
        AND "ds" < '2024-07-01 00:00:00.000000'
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY "gender"
      ORDER BY "mme_inner__" DESC
      LIMIT 5
      ) AS series_limit ON "gender" = series_limit."gender__"
      WHERE "ds" >= '2024-01-01 00:00:00.000000'
        AND "ds" < '2024-07-01 00:00:00.000000'
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY DATE_TRUNC('month', "ds"),
               "gender"
      HAVING (SUM(num) > 10)
      ORDER BY "sum__num" DESC
      LIMIT 100
      OFFSET 20"
    `);
  });

  it('clickhouse (backslashes escaped, ILIKE-capable)', () => {
    expect(sqlFor('clickhousedb')).toMatchInlineSnapshot(`
      "SELECT toStartOfMonth(toDateTime(\`ds\`)) AS \`ds\`,
             \`gender\` AS \`gender\`,
             SUM(num) AS \`sum__num\`,
             COUNT(DISTINCT \`name\`) AS \`names\`
      FROM \`public\`.\`birth_names\`
      JOIN (
      SELECT \`gender\` AS \`gender__\`,
             SUM(num) AS \`mme_inner__\`
      FROM \`public\`.\`birth_names\`
      WHERE \`ds\` >= toDateTime('2024-01-01 00:00:00')
        AND \`ds\` < toDateTime('2024-07-01 00:00:00')
        AND (\`name\` IN ('O''Brien', 'back\\\\slash') OR \`name\` IS NULL)
        AND \`is_active\` IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY \`gender\`
      ORDER BY \`mme_inner__\` DESC
      LIMIT 5
      ) AS series_limit ON \`gender\` = series_limit.\`gender__\`
      WHERE \`ds\` >= toDateTime('2024-01-01 00:00:00')
        AND \`ds\` < toDateTime('2024-07-01 00:00:00')
        AND (\`name\` IN ('O''Brien', 'back\\\\slash') OR \`name\` IS NULL)
        AND \`is_active\` IS TRUE
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY toStartOfMonth(toDateTime(\`ds\`)),
               \`gender\`
      HAVING (SUM(num) > 10)
      ORDER BY \`sum__num\` DESC
      LIMIT 100
      OFFSET 20"
    `);
  });

  it('mssql (TOP, OFFSET ... FETCH NEXT, 1/0 booleans)', () => {
    expect(sqlFor('mssql')).toMatchInlineSnapshot(`
      "SELECT DATEADD(MONTH, DATEDIFF(MONTH, 0, [ds]), 0) AS [ds],
             [gender] AS [gender],
             SUM(num) AS [sum__num],
             COUNT(DISTINCT [name]) AS [names]
      FROM [public].[birth_names]
      JOIN (
      SELECT TOP 5 [gender] AS [gender__],
             SUM(num) AS [mme_inner__]
      FROM [public].[birth_names]
      WHERE [ds] >= '2024-01-01 00:00:00.000000'
        AND [ds] < '2024-07-01 00:00:00.000000'
        AND ([name] IN ('O''Brien', 'back\\slash') OR [name] IS NULL)
        AND [is_active] = 1
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY [gender]
      ORDER BY [mme_inner__] DESC
      ) AS series_limit ON [gender] = series_limit.[gender__]
      WHERE [ds] >= '2024-01-01 00:00:00.000000'
        AND [ds] < '2024-07-01 00:00:00.000000'
        AND ([name] IN ('O''Brien', 'back\\slash') OR [name] IS NULL)
        AND [is_active] = 1
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY DATEADD(MONTH, DATEDIFF(MONTH, 0, [ds]), 0),
               [gender]
      HAVING (SUM(num) > 10)
      ORDER BY [sum__num] DESC
      OFFSET 20 ROWS
      FETCH NEXT 100 ROWS ONLY"
    `);
  });

  it('oracle (FETCH FIRST, no AS before table aliases)', () => {
    expect(sqlFor('oracle')).toMatchInlineSnapshot(`
      "SELECT TRUNC(CAST("ds" as DATE), 'MONTH') AS "ds",
             "gender" AS "gender",
             SUM(num) AS "sum__num",
             COUNT(DISTINCT "name") AS "names"
      FROM "public"."birth_names"
      JOIN (
      SELECT "gender" AS "gender__",
             SUM(num) AS "mme_inner__"
      FROM "public"."birth_names"
      WHERE "ds" >= TO_TIMESTAMP('2024-01-01T00:00:00.000000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')
        AND "ds" < TO_TIMESTAMP('2024-07-01T00:00:00.000000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" = 1
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY "gender"
      ORDER BY "mme_inner__" DESC
      FETCH FIRST 5 ROWS ONLY
      ) series_limit ON "gender" = series_limit."gender__"
      WHERE "ds" >= TO_TIMESTAMP('2024-01-01T00:00:00.000000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')
        AND "ds" < TO_TIMESTAMP('2024-07-01T00:00:00.000000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')
        AND ("name" IN ('O''Brien', 'back\\slash') OR "name" IS NULL)
        AND "is_active" = 1
        AND (state = 'CA')
        AND (num > 0)
      GROUP BY TRUNC(CAST("ds" as DATE), 'MONTH'),
               "gender"
      HAVING (SUM(num) > 10)
      ORDER BY "sum__num" DESC
      OFFSET 20 ROWS
      FETCH NEXT 100 ROWS ONLY"
    `);
  });
});
