import {
  CHART_API_PATH,
  DATASETS_API_PATH,
  DATASOURCE_API_PATH,
  type ChartDataResponse,
} from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser } from '../../app/test-support/test-app.js';
import { TEST_USER_PASSWORD } from '../databases/test-support/database-api-test-app.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { datasetViewMenu } from '../datasets/dataset-access.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import { onPostgres } from '../sqllab/test-support/sqllab-test-app.js';
import { createRoleWith, pairIdOf } from '../users/test-support/security-api-client.js';
import {
  startChartDataTestApp,
  type ChartDataTestApp,
} from './test-support/chart-data-test-app.js';

/**
 * Attacks on POST /api/v1/chart/data and its neighbours through the real routes, on a live
 * PostgreSQL (security.md: CVE-2022-27479, 2022-41703, 2024-53948, 2025-48912, 2026-23980,
 * rows I1, I2, I8, A8, L3).
 */

const SUM_AMOUNT = {
  expressionType: 'SIMPLE',
  aggregate: 'SUM',
  column: { column_name: 'amount' },
  label: 'total',
};
const SQL_METRIC = (sqlExpression: string) => ({
  expressionType: 'SQL',
  sqlExpression,
  label: 'm',
});

/** Cells a spreadsheet would run as formulas, stored as regions. */
const FORMULA_REGIONS = ['+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '|calc', '%0A=1'];

type ErrorBody = { message: string; errors: { error_type: string }[] };
const errorTypeOf = (response: LightMyRequestResponse) =>
  response.json<ErrorBody>().errors[0]?.error_type;
const rowsOf = (response: LightMyRequestResponse) =>
  response.json<ChartDataResponse>().result[0]?.data as Record<string, unknown>[];

await describeWithServices([LIVE_POSTGRES], 'chart data under attack', () => {
  let t: ChartDataTestApp;
  /** EuOnly (RLS region = 'EU') with SQL Lab on the warehouse: may send SQL, not escape RLS. */
  let euSqlLab: BrowserHeaders;
  /** EuOnly with access to a virtual dataset over the same table. */
  let euVirtual: BrowserHeaders;
  let databaseId: number;
  let virtualId: number;
  let hiddenId: number;

  const context = (queries: unknown[], extra: Record<string, unknown> = {}) => ({
    datasource: { id: t.datasetId, type: 'table' },
    queries,
    ...extra,
  });
  const byRegion = (fields: Record<string, unknown> = {}) =>
    context([
      { columns: ['region'], metrics: [SUM_AMOUNT], orderby: [['region', true]], ...fields },
    ]);
  const regionsOf = (response: LightMyRequestResponse) =>
    [...new Set(rowsOf(response).map((row) => row.region))].sort();

  beforeAll(async () => {
    t = await startChartDataTestApp();
    const db = t.api.t.metadataDb;
    const regions = FORMULA_REGIONS.map((region) => `('2024-01-05', '${region}', 0)`);
    await onPostgres(
      LIVE_POSTGRES.uri,
      `insert into ${t.schema}.sales values ${regions.join(', ')}`.replace(
        /\r/g,
        "' || chr(13) || '",
      ),
    );
    const dataset = await t.api.as(t.admin, 'GET', `${DATASETS_API_PATH}${t.datasetId}`);
    databaseId = dataset.json<{ result: { database: { id: number } } }>().result.database.id;
    const created = async (body: Record<string, unknown>) => {
      const response = await t.api.as(t.admin, 'POST', DATASETS_API_PATH, body);
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json<{ id: number }>().id;
    };
    virtualId = await created({
      database: databaseId,
      schema: t.schema,
      table_name: 'all_sales',
      sql: `SELECT * FROM ${t.schema}.sales`,
    });
    hiddenId = await created({ database: databaseId, schema: t.schema, table_name: 'divisor' });
    await createRoleWith(db, 'WarehouseSql', [
      await pairIdOf(db, 'database_access', `[warehouse].(id:${databaseId})`),
    ]);
    await createRoleWith(db, 'VirtualReaders', [
      await pairIdOf(db, 'datasource_access', datasetViewMenu('warehouse', 'all_sales', virtualId)),
    ]);
    const roles: [string, string[]][] = [
      ['eu_sql', ['Gamma', 'sql_lab', 'SalesReaders', 'EuOnly', 'WarehouseSql']],
      ['eu_virtual', ['Gamma', 'VirtualReaders', 'EuOnly']],
    ];
    for (const [username, userRoles] of roles) {
      await addUser(db, { username, password: TEST_USER_PASSWORD, roles: userRoles });
    }
    euSqlLab = await loginHeaders(t.api.t.app, 'eu_sql', TEST_USER_PASSWORD);
    euVirtual = await loginHeaders(t.api.t.app, 'eu_virtual', TEST_USER_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses free-text SQL in every field to a viewer without SQL Lab access (I2)', async () => {
    const attempts: Record<string, unknown>[] = [
      { metrics: [SQL_METRIC('SUM(amount)')] },
      { columns: [{ sqlExpression: "region || 'x'", label: 'r' }], metrics: [SUM_AMOUNT] },
      { extras: { where: '1 = 1' } },
      { extras: { having: 'SUM(amount) > 0' } },
      { where: '1 = 1' },
      { orderby: [[SQL_METRIC('MAX(amount)'), false]] },
      { series_columns: ['region'], series_limit: 1, series_limit_metric: SQL_METRIC('COUNT(*)') },
      { filters: [{ col: { sqlExpression: 'lower(region)' }, op: '==', val: 'eu' }] },
      // A hidden column of the table, by name: quoted, but still not the dataset's to give.
      {
        metrics: [{ expressionType: 'SIMPLE', aggregate: 'MAX', column: { column_name: 'ctid' } }],
      },
    ];
    for (const fields of attempts) {
      const response = await t.post(t.viewer, byRegion(fields));
      expect(response.statusCode, JSON.stringify(fields)).toBe(403);
      expect(errorTypeOf(response)).toBe('ADHOC_SQL_NOT_ALLOWED_ERROR');
    }
  });

  it('binds filter values and quotes names, so injected text never becomes SQL (I1)', async () => {
    const injectedValues = [
      { col: 'region', op: '==', val: "EU' OR '1'='1" },
      { col: 'region', op: 'IN', val: ["x') OR ('1'='1", 'y'] },
      { col: 'region', op: 'LIKE', val: "%' OR 1=1 --" },
      { col: 'region', op: '!=', val: "US' OR region <> '" },
    ];
    for (const filter of injectedValues) {
      const response = await t.post(t.euViewer, byRegion({ filters: [filter] }));
      expect(response.statusCode, response.body).toBe(200);
      // A literal match: nothing, or the caller's own EU rows; never the other regions.
      expect(regionsOf(response).every((region) => region === 'EU')).toBe(true);
    }
    const refused: Record<string, unknown>[] = [
      { columns: ['region" FROM pg_user; --'] },
      { orderby: [['region; DROP TABLE sales', true]] },
      { extras: { time_grain_sqla: "P1D'); DROP TABLE sales; --" } },
      { filters: [{ col: 'ds', op: '==', val: '2024-01-01', grain: "P1D' OR 1=1" }] },
      { filters: [{ col: 'region', op: 'SOUNDS LIKE', val: 'x' }] },
      { filters: [{ col: 'region', op: '==', val: { sql: '1=1' } }] },
      { row_limit: '1; DROP TABLE sales' },
      { metrics: ["count' OR 1=1 --"] },
    ];
    for (const fields of refused) {
      const response = await t.post(t.viewer, byRegion(fields));
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.body).not.toMatch(/syntax error/i);
    }
    // A label is an alias in quotes: it names the column and nothing more.
    const label = 'r" , (SELECT 1) AS "x';
    const labelled = await t.post(
      t.euViewer,
      byRegion({ columns: [{ sqlExpression: 'region', label }], orderby: [] }),
    );
    expect(labelled.statusCode, labelled.body).toBe(200);
    expect(labelled.json<ChartDataResponse>().result[0]?.colnames).toEqual([label, 'total']);
    const [counted] = await onPostgres<{ count: string }>(
      LIVE_POSTGRES.uri,
      `select count(*) from ${t.schema}.sales`,
    );
    expect(Number(counted?.count)).toBe(5 + FORMULA_REGIONS.length);
  });

  it('refuses sub-queries and statement breaks from a SQL Lab user, whose RLS still holds (I2, CVE-2025-48912)', async () => {
    const subqueries: Record<string, unknown>[] = [
      { extras: { where: `region IN (SELECT region FROM ${t.schema}.sales)` } },
      { extras: { where: 'EXISTS (SELECT 1)' } },
      { extras: { where: 'CAST((SELECT current_user) AS int) = 1' } },
      { extras: { having: 'SUM(amount) > (SELECT 0)' } },
      { metrics: [SQL_METRIC(`MAX((SELECT max(amount) FROM ${t.schema}.sales))`)] },
      { columns: [{ sqlExpression: '(SELECT 1)', label: 'one' }], metrics: [SUM_AMOUNT] },
      { orderby: [[SQL_METRIC('(SELECT 1)'), true]] },
      { extras: { where: 'region IN (WITH x AS (SELECT 1) SELECT * FROM x)' } },
    ];
    for (const fields of subqueries) {
      const response = await t.post(euSqlLab, byRegion(fields));
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(errorTypeOf(response)).toBe('ADHOC_SUBQUERY_NOT_ALLOWED_ERROR');
    }
    const breakouts = [
      "1 = 1) OR (region <> 'EU'",
      '1 = 1) UNION SELECT region, 1 FROM sales --',
      '1 = 1; DROP TABLE sales',
      "region = 'x' OR '",
    ];
    for (const where of breakouts) {
      const response = await t.post(euSqlLab, byRegion({ extras: { where } }));
      expect(response.statusCode, where).toBe(400);
      expect(errorTypeOf(response)).toBe('INVALID_SQL_CLAUSE_ERROR');
    }
    // Comments are removed before the clause is placed, so none can swallow the RLS after it.
    const harmless = [
      '1 = 1 OR 1 = 1',
      "region = 'US' -- and the rest",
      "region <> 'EU' OR TRUE",
      '1 = 1 /*',
    ];
    for (const where of harmless) {
      const response = await t.post(euSqlLab, byRegion({ extras: { where } }));
      expect(response.statusCode, response.body).toBe(200);
      expect(
        regionsOf(response).every((region) => region === 'EU'),
        where,
      ).toBe(true);
    }
  });

  it('applies RLS to samples, drill to detail, row counts, time comparisons and downloads (A8)', async () => {
    const euOnly = async (body: unknown) => {
      const response = await t.post(t.euViewer, body);
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    for (const resultType of ['samples', 'drill_detail', 'results', 'post_processed', 'full']) {
      const response = await euOnly(
        context([{ columns: ['region', 'amount'], metrics: null }], { result_type: resultType }),
      );
      expect(rowsOf(response).length, resultType).toBeGreaterThan(0);
      expect(regionsOf(response), resultType).toEqual(['EU']);
    }
    const counted = await euOnly(
      context([{ columns: ['region'], metrics: null, is_rowcount: true }]),
    );
    expect(rowsOf(counted)).toEqual([{ rowcount: 2 }]);
    const compared = await euOnly(
      byRegion({
        columns: [{ sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1D' }],
        time_range: '2024-01-02 : 2024-01-04',
        time_offsets: ['1 day ago'],
        orderby: [],
      }),
    );
    // EU totals are 10 and 5 a day; 20, 7 and their sums are US rows.
    const totals = rowsOf(compared).flatMap((row) =>
      Object.entries(row).flatMap(([key, value]) => (key === 'ds' ? [] : [value])),
    );
    expect(totals.length).toBeGreaterThan(0);
    expect(
      totals.filter((value) => value !== null && ![5, 10, 15].includes(Number(value))),
    ).toEqual([]);
    const query = await euOnly(byRegion({ result_type: 'query' }));
    expect(JSON.stringify(query.json())).toContain("region = 'EU'");
    const csv = await euOnly({ ...byRegion(), result_format: 'csv' });
    expect(csv.body).not.toMatch(/^US,/m);
    expect(csv.body).toMatch(/^EU,15$/m);
    const values = await t.api.as(
      t.euViewer,
      'GET',
      `${DATASOURCE_API_PATH}table/${t.datasetId}/column/region/values/`,
    );
    expect(values.statusCode, values.body).toBe(200);
    expect(values.json<{ result: unknown[] }>().result).toEqual(['EU']);
  });

  it('never serves one RLS context the cached rows of another, whatever the result type (L3)', async () => {
    for (const resultType of ['samples', 'drill_detail', 'full']) {
      const body = context([{ columns: ['region'], metrics: null }], { result_type: resultType });
      const all = await t.post(t.viewer, body);
      expect(all.statusCode, all.body).toBe(200);
      expect(regionsOf(all)).toContain('US');
      const eu = await t.post(t.euViewer, body);
      expect(regionsOf(eu), resultType).toEqual(['EU']);
      const euCsv = await t.post(t.euViewer, { ...body, result_format: 'csv' });
      expect(euCsv.body).not.toMatch(/^US$/m);
    }
  });

  it('refuses datasets the caller may not read, naming nothing of them (CVE-2021-37839, 2025-55675)', async () => {
    for (const datasource of [
      { id: t.datasetId, type: 'table' },
      { id: String(t.datasetId), type: 'dataset' },
      { id: hiddenId, type: 'table' },
    ]) {
      const denied = await t.post(t.stranger, { ...byRegion(), datasource });
      expect(denied.statusCode).toBe(403);
      expect(denied.body).not.toMatch(/sales|divisor|warehouse/);
      expect(denied.body).not.toContain(t.schema);
    }
    const wrongKind = await t.post(t.viewer, {
      ...byRegion(),
      datasource: { id: 1, type: 'query' },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(
      (await t.post(t.viewer, { ...byRegion(), datasource: { id: 999_999, type: 'table' } }))
        .statusCode,
    ).toBe(404);
    const values = await t.api.as(
      t.stranger,
      'GET',
      `${DATASOURCE_API_PATH}table/${t.datasetId}/column/region/values/`,
    );
    expect(values.statusCode).toBe(403);
    expect(values.body).not.toMatch(/sales|EU|US/);
  });

  it("serves a saved chart's data only to callers who may read the datasets it queries (A2)", async () => {
    // The viewer (Gamma may write charts) saves a chart on a dataset they read, whose query
    // context asks for a dataset they may not read.
    const smuggled = await t.api.as(t.viewer, 'POST', CHART_API_PATH, {
      slice_name: 'smuggled',
      viz_type: 'table',
      datasource_id: t.datasetId,
      datasource_type: 'table',
      query_context: JSON.stringify({
        datasource: { id: hiddenId, type: 'table' },
        queries: [{ columns: ['d'], metrics: null }],
      }),
    });
    expect(smuggled.statusCode, smuggled.body).toBe(201);
    const smuggledId = smuggled.json<{ id: number }>().id;
    expect((await t.api.as(t.viewer, 'GET', `/api/v1/chart/${smuggledId}/data/`)).statusCode).toBe(
      403,
    );
    expect((await t.api.as(t.admin, 'GET', `/api/v1/chart/${smuggledId}/data/`)).statusCode).toBe(
      200,
    );

    // A chart on a dataset the caller may not read answers as a chart that does not exist.
    const hidden = await t.api.as(t.admin, 'POST', CHART_API_PATH, {
      slice_name: 'Secret divisor',
      viz_type: 'table',
      datasource_id: hiddenId,
      datasource_type: 'table',
      query_context: JSON.stringify({
        datasource: { id: hiddenId, type: 'table' },
        queries: [{ columns: ['d'], metrics: null }],
      }),
    });
    const hiddenChartId = hidden.json<{ id: number }>().id;
    const forbidden = await t.api.as(t.stranger, 'GET', `/api/v1/chart/${hiddenChartId}/data/`);
    const missing = await t.api.as(t.stranger, 'GET', '/api/v1/chart/999999/data/');
    expect(forbidden.statusCode).toBe(404);
    expect(errorTypeOf(forbidden)).toBe(errorTypeOf(missing));
    expect(forbidden.body).not.toMatch(/Secret|divisor/);
  });

  it('hides database error text, SQL and names from callers without SQL Lab (CVE-2024-53948)', async () => {
    const failing = {
      datasource: { id: t.failingDatasetId, type: 'table' },
      queries: [{ columns: ['region', 'boom'], metrics: null }],
    };
    const masked = await t.post(t.viewer, failing);
    expect(masked.statusCode).toBe(400);
    expect(masked.body).not.toMatch(/division|divisor|SELECT|sales/i);
    expect(masked.body).not.toContain(t.schema);
  });

  it('defuses formula-like text in CSV cells and headers (I8)', async () => {
    const response = await t.post(t.viewer, {
      ...context([
        {
          columns: [{ sqlExpression: 'region', label: '=HYPERLINK("http://x")' }],
          metrics: null,
        },
      ]),
      result_format: 'csv',
    });
    expect(response.statusCode, response.body).toBe(200);
    const text = response.body.replace(/^\ufeff/, '');
    expect(text.startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
    for (const region of FORMULA_REGIONS) {
      const escaped = region.replace(/\|/g, '\\|');
      expect(text, JSON.stringify(region)).toContain(`'${escaped}`);
    }
    // No line of the file starts a cell with a formula character.
    const fields = text.split(/[\n,]/).map((field) => field.replace(/^"/, ''));
    expect(fields.filter((field) => /^[=+\-@\t\r|%]/.test(field))).toEqual([]);
  });

  // Known gap, reported: RLS rules bind to dataset ids; a virtual dataset over a protected
  // table does not inherit them. Flip to `it` when the builder applies them.
  it.fails(
    "OPEN: applies the RLS of the tables a virtual dataset reads (Superset's apply_rls)",
    async () => {
      const response = await t.post(euVirtual, {
        datasource: { id: virtualId, type: 'table' },
        queries: [{ columns: ['region'], metrics: null }],
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(regionsOf(response)).toEqual(['EU']);
    },
  );
});
