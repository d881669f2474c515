import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CHART_API_PATH,
  CHART_DATA_API_PATH,
  DASHBOARD_API_PATH,
  DATASETS_API_PATH,
  type DashboardLayout,
  type DatasetDetail,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABLE_SCHEMAS } from '../table-schemas.js';
import { applyExampleMetadata } from './apply-example-metadata.js';
import { EXAMPLE_DASHBOARDS } from './dashboards/example-dashboards.js';
import { EXAMPLE_DASHBOARD_SLUGS } from './example-metadata.contract.js';
import { ExampleMetadataError } from './example-metadata.error.js';
import {
  recordingProgress,
  startExamplesMetadataTestApp,
  type ExamplesMetadataTestApp,
} from './test-support/examples-metadata-test-app.js';

const ALL_TABLES = new Set(EXAMPLE_TABLE_SCHEMAS.map((schema) => schema.name));
const CHART_COUNT = EXAMPLE_DASHBOARDS.reduce((sum, d) => sum + d.charts.length, 0);
const SLUGS = Object.values(EXAMPLE_DASHBOARD_SLUGS);

/** A few rows, so chart queries return values a user would see. */
const ROWS = [
  `INSERT INTO cleaned_sales_data (order_number, order_date, product_line, sales, deal_size, customer_name, country, country_code)
   VALUES (1, TIMESTAMP '2024-01-05', 'Classic Cars', 100, 'Small', 'Ann', 'France', 'FRA'),
          (2, TIMESTAMP '2024-02-05', 'Ships', 250, 'Large', 'Bob', 'Spain', 'ESP'),
          (2, TIMESTAMP '2024-02-05', 'Ships', 50, 'Large', 'Bob', 'Spain', 'ESP')`,
  `INSERT INTO birth_names (ds, gender, name, num, state, num_boys, num_girls)
   VALUES (TIMESTAMP '1975-01-01', 'girl', 'Ada', 10, 'CA', 0, 10),
          (TIMESTAMP '1986-01-01', 'boy', 'Ben', 7, 'NY', 7, 0)`,
  `INSERT INTO taxi_trips (trip_id, pickup_at, borough, payment_type, fare_amount, tip_amount)
   VALUES (1, TIMESTAMP '2024-03-04 08:15:00', 'Queens', 'Card', 20, 4)`,
  `INSERT INTO wb_health_population (country_name, country_code, region, year, sp_pop_totl, sp_dyn_le00_in, ny_gdp_pcap_cd, sh_dyn_mort)
   VALUES ('India', 'IND', 'South Asia', TIMESTAMP '2020-01-01', 1380000000, 70, 1900, 33),
          ('Nepal', 'NPL', 'South Asia', TIMESTAMP '2020-01-01', 29000000, 71, 1100, 28)`,
  `INSERT INTO world_hierarchy (id, parent, name, population)
   VALUES ('World', NULL, 'World', 1409000000), ('South Asia', 'World', 'South Asia', 1409000000),
          ('IND', 'South Asia', 'India', 1380000000), ('NPL', 'South Asia', 'Nepal', 29000000)`,
];

interface DashboardBody {
  result: { id: number; position_json: string; json_metadata: string; published: boolean };
}

describe('applyExampleMetadata', () => {
  let t: ExamplesMetadataTestApp;
  const get = async <T>(url: string): Promise<T> => {
    const response = await t.api.request<T>('GET', url);
    expect(response.status, url).toBe(200);
    return response.body;
  };
  const apply = (recreate: boolean, tables: ReadonlySet<string> = ALL_TABLES) => {
    const progress = recordingProgress();
    return applyExampleMetadata(
      t.api,
      { databaseId: t.databaseId, tables, recreate },
      progress,
    ).then((summary) => ({ summary, events: progress.events }));
  };
  const chartsOf = async (slug: string) =>
    (
      await get<{ result: { id: number; slice_name: string; viz_type: string }[] }>(
        `${DASHBOARD_API_PATH}${slug}/charts`,
      )
    ).result;

  beforeAll(async () => {
    t = await startExamplesMetadataTestApp(ROWS);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates every dataset, chart and dashboard, each dashboard showing only its own charts', async () => {
    const { summary, events } = await apply(false);
    expect(summary.created).toEqual({
      datasets: ALL_TABLES.size,
      charts: CHART_COUNT,
      dashboards: SLUGS.length,
    });
    expect(events).toContain(`start charts ${CHART_COUNT}`);
    expect(events).toContain(`done dashboards ${SLUGS.length} created`);
    for (const definition of EXAMPLE_DASHBOARDS) {
      const { result } = await get<DashboardBody>(`${DASHBOARD_API_PATH}${definition.slug}`);
      expect(result.published).toBe(true);
      const layout = JSON.parse(result.position_json) as DashboardLayout;
      const layoutIds = Object.values(layout)
        .flatMap((item) => (item?.type === 'CHART' ? [item.meta.chartId] : []))
        .sort();
      const charts = await chartsOf(definition.slug);
      expect(layoutIds).toEqual(charts.map((chart) => chart.id).sort());
      expect(charts.map((chart) => chart.slice_name).sort()).toEqual(
        definition.charts.map((chart) => chart.sliceName).sort(),
      );
    }
  });

  it('gives datasets their metrics, calculated columns and time formats', async () => {
    const list = await get<{ result: { id: number; table_name: string }[] }>(
      `${DATASETS_API_PATH}?q=(page_size:100)`,
    );
    const idOf = (table: string) => list.result.find((d) => d.table_name === table)?.id;
    const births = await get<{ result: DatasetDetail }>(
      `${DATASETS_API_PATH}${idOf('birth_names')}`,
    );
    expect(births.result.main_dttm_col).toBe('ds');
    expect(births.result.description).toMatch(/Babies born/);
    expect(births.result.metrics.find((m) => m.metric_name === 'sum__num')).toMatchObject({
      expression: 'SUM(num)',
      d3format: ',d',
    });
    expect(births.result.columns.find((c) => c.column_name === 'state_iso')?.expression).toBe(
      "'US-' || state",
    );
    const series = await get<{ result: DatasetDetail }>(
      `${DATASETS_API_PATH}${idOf('multiformat_time_series')}`,
    );
    expect(series.result.columns.find((c) => c.column_name === 'string0')).toMatchObject({
      is_dttm: true,
      python_date_format: '%Y-%m-%d %H:%M:%S.%f',
    });
    expect(series.result.columns.find((c) => c.column_name === 'epoch_s')?.python_date_format).toBe(
      'epoch_s',
    );
  });

  it('puts one chart of every viz type of the gallery e2e on the Chart Gallery', async () => {
    const file = fileURLToPath(
      new URL('../../../../e2e/src/viz-gallery/form-data.json', import.meta.url),
    );
    const gallery = JSON.parse(readFileSync(file, 'utf8')) as { charts: { vizType: string }[] };
    const charts = await chartsOf(EXAMPLE_DASHBOARD_SLUGS.gallery);
    expect(charts.map((chart) => chart.viz_type).sort()).toEqual(
      gallery.charts.map((chart) => chart.vizType).sort(),
    );
    for (const chart of charts) {
      expect(chart.slice_name.toLowerCase()).toContain(
        chart.slice_name.split(':')[0]?.toLowerCase() ?? '-',
      );
    }
  });

  it('saves form data whose queries run over the example tables', async () => {
    const charts = [
      ...(await chartsOf(EXAMPLE_DASHBOARD_SLUGS.sales)),
      ...(await chartsOf(EXAMPLE_DASHBOARD_SLUGS.births)),
      ...(await chartsOf(EXAMPLE_DASHBOARD_SLUGS.taxi)),
    ];
    const run = async (name: string) => {
      const chart = charts.find((c) => c.slice_name === name);
      const { result } = await get<{ result: { params: string } }>(`${CHART_API_PATH}${chart?.id}`);
      const params = JSON.parse(result.params) as Record<string, unknown>;
      const metrics = (params.metrics as unknown[] | undefined) ?? [params.metric];
      const names = (value: unknown): string[] =>
        Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
      const columns = ['groupby', 'groupbyRows', 'groupbyColumns', 'entity', 'x_axis'].flatMap(
        (key) => names(params[key]),
      );
      const [datasetId] = String(params.datasource).split('__');
      const response = await t.api.request<{ result: { data: Record<string, unknown>[] }[] }>(
        'POST',
        CHART_DATA_API_PATH,
        {
          datasource: { id: Number(datasetId), type: 'table' },
          queries: [{ columns, metrics, row_limit: 100, orderby: [[metrics[0], false]] }],
          result_format: 'json',
          result_type: 'full',
        },
      );
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(200);
      return response.body.result[0]?.data ?? [];
    };
    expect(await run('Total Sales')).toEqual([{ total_sales: 400 }]);
    expect(await run('Number of Orders')).toEqual([{ orders: 2 }]);
    expect(await run('Sales by Deal Size')).toEqual([
      { deal_size: 'Large', total_sales: 300 },
      { deal_size: 'Small', total_sales: 100 },
    ]);
    expect(await run('Top Customers')).toHaveLength(2);
    expect(await run('Births by State')).toEqual([
      { state_iso: 'US-CA', sum__num: 10 },
      { state_iso: 'US-NY', sum__num: 7 },
    ]);
    expect(await run('Births by State and Decade')).toEqual([
      { state: 'CA', decade: 1970, sum__num: 10 },
      { state: 'NY', decade: 1980, sum__num: 7 },
    ]);
    expect(await run('Average Tip by Hour and Weekday')).toEqual([
      { pickup_weekday: 1, pickup_hour: 8, avg__tip_amount: 4 },
    ]);
  });

  it('labels world metrics readably and trims the world tree to big countries', async () => {
    const charts = await chartsOf(EXAMPLE_DASHBOARD_SLUGS.world);
    const query = async (name: string) => {
      const chart = charts.find((c) => c.slice_name === name);
      const { result } = await get<{ result: { params: string } }>(`${CHART_API_PATH}${chart?.id}`);
      const params = JSON.parse(result.params) as Record<string, unknown>;
      const metrics = (params.metrics as unknown[] | undefined) ?? [params.metric];
      const filters = (params.adhoc_filters as Record<string, unknown>[])
        .filter((f) => f.operator !== 'TEMPORAL_RANGE')
        .map((f) => ({ col: f.subject, op: f.operator, val: f.comparator }));
      const columns = ['groupby', 'id', 'parent', 'name'].flatMap((key) => params[key] ?? []);
      const [datasetId] = String(params.datasource).split('__');
      const response = await t.api.request<{ result: { data: Record<string, unknown>[] }[] }>(
        'POST',
        CHART_DATA_API_PATH,
        {
          datasource: { id: Number(datasetId), type: 'table' },
          queries: [{ columns, metrics, filters, row_limit: 100, orderby: [[metrics[0], false]] }],
          result_format: 'json',
          result_type: 'full',
        },
      );
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(200);
      return response.body.result[0]?.data ?? [];
    };
    const [india] = await query('Countries');
    expect(Object.keys(india ?? {})).toEqual(
      expect.arrayContaining(['Population', 'Life expectancy', 'GDP per capita']),
    );
    expect(india).toMatchObject({ country_name: 'India', Population: 1380000000 });
    const tree = await query('World, Regions and Countries');
    expect(tree.map((row) => row.name).sort()).toEqual(['India', 'South Asia', 'World']);
  });

  it('changes nothing on a second run and says so', async () => {
    const { summary, events } = await apply(false);
    expect(summary.created).toEqual({ datasets: 0, charts: 0, dashboards: 0 });
    expect(summary.updated).toEqual({ datasets: 0, charts: 0, dashboards: 0 });
    expect(summary.unchanged).toEqual({
      datasets: ALL_TABLES.size,
      charts: CHART_COUNT,
      dashboards: SLUGS.length,
    });
    expect(events.filter((event) => event.startsWith('done'))).toEqual([
      'done datasets unchanged',
      'done charts unchanged',
      'done dashboards unchanged',
    ]);
  });

  it('restores a renamed chart and an edited dashboard with recreate, keeping their ids', async () => {
    const [chart] = await chartsOf(EXAMPLE_DASHBOARD_SLUGS.births);
    if (!chart) throw new Error('no births chart');
    const renamed = await t.api.request('PUT', `${CHART_API_PATH}${chart.id}`, {
      slice_name: 'My chart now',
    });
    expect(renamed.status).toBe(200);
    const before = await get<DashboardBody>(
      `${DASHBOARD_API_PATH}${EXAMPLE_DASHBOARD_SLUGS.sales}`,
    );
    const edited = await t.api.request('PUT', `${DASHBOARD_API_PATH}${before.result.id}`, {
      dashboard_title: 'Edited',
    });
    expect(edited.status).toBe(200);

    const { summary } = await apply(true);
    expect(summary.created).toEqual({ datasets: 0, charts: 0, dashboards: 0 });
    expect(summary.updated).toEqual({
      datasets: ALL_TABLES.size,
      charts: CHART_COUNT,
      dashboards: SLUGS.length,
    });
    const restored = await get<{ result: { slice_name: string } }>(`${CHART_API_PATH}${chart.id}`);
    expect(restored.result.slice_name).toBe(chart.slice_name);
    const after = await get<{ result: { id: number; dashboard_title: string } }>(
      `${DASHBOARD_API_PATH}${EXAMPLE_DASHBOARD_SLUGS.sales}`,
    );
    expect(after.result).toMatchObject({
      id: before.result.id,
      dashboard_title: 'Sales Dashboard',
    });
  });
});

describe('applyExampleMetadata without some tables or a database', () => {
  let t: ExamplesMetadataTestApp;
  beforeAll(async () => {
    t = await startExamplesMetadataTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('skips, with a note, the datasets and dashboards over missing tables', async () => {
    const tables = new Set([...ALL_TABLES].filter((table) => table !== 'taxi_trips'));
    const progress = recordingProgress();
    const summary = await applyExampleMetadata(
      t.api,
      { databaseId: t.databaseId, tables, recreate: false },
      progress,
    );
    expect(summary.created.datasets).toBe(ALL_TABLES.size - 1);
    expect(summary.created.dashboards).toBe(SLUGS.length - 1);
    expect(progress.events).toContain(
      'line Skipping the dashboard "Taxi Trips: 3 Million Rows": no table taxi_trips',
    );
    const taxi = await t.api.request('GET', `${DASHBOARD_API_PATH}${EXAMPLE_DASHBOARD_SLUGS.taxi}`);
    expect(taxi.status).toBe(404);
  });

  it('fails with an error naming the object the API refused', async () => {
    const progress = recordingProgress();
    const failure = applyExampleMetadata(
      t.api,
      { databaseId: 9999, tables: new Set(['birth_names']), recreate: false },
      progress,
    );
    await expect(failure).rejects.toBeInstanceOf(ExampleMetadataError);
    await expect(failure).rejects.toThrow(/example dataset "birth_names".*HTTP 4\d\d/);
    expect(progress.events.some((event) => event.startsWith('fail datasets'))).toBe(true);
  });
});
