import type { ChartDataResponse } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import {
  startChartDataTestApp,
  type ChartDataTestApp,
} from './test-support/chart-data-test-app.js';

await describeWithServices([LIVE_POSTGRES], 'chart data with SQL templates on PostgreSQL', () => {
  let t: ChartDataTestApp;
  const regionsWhere = (where: string, urlParams: Record<string, unknown> = {}) => ({
    datasource: { id: t.datasetId, type: 'table' },
    queries: [
      {
        columns: ['region'],
        metrics: [{ expressionType: 'SQL', sqlExpression: 'COUNT(*)', label: 'n' }],
        extras: { where },
        url_params: urlParams,
        orderby: [['region', true]],
      },
    ],
  });
  const regionsOf = async (body: unknown) => {
    const response = await t.post(t.admin, body);
    expect(response.statusCode, response.body).toBe(200);
    const [result] = response.json<ChartDataResponse>().result;
    const rows = Array.isArray(result?.data) ? result.data : [];
    return { regions: rows.map((row) => row.region), isCached: result?.is_cached };
  };

  beforeAll(async () => {
    t = await startChartDataTestApp({ FEATURE_FLAGS: { ENABLE_TEMPLATE_PROCESSING: true } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('renders Jinja in free-text SQL, and keys the cache by the URL parameters it read', async () => {
    const where = "region = '{{ url_param('r') }}'";
    expect(await regionsOf(regionsWhere(where, { r: 'EU' }))).toEqual({
      regions: ['EU'],
      isCached: false,
    });
    expect(await regionsOf(regionsWhere(where, { r: 'US' }))).toEqual({
      regions: ['US'],
      isCached: false,
    });
    expect(await regionsOf(regionsWhere(where, { r: 'EU' }))).toEqual({
      regions: ['EU'],
      isCached: true,
    });
  });

  it('renders the current user into the query', async () => {
    const mine = await regionsOf(regionsWhere("'{{ current_username() }}' = 'admin'"));
    expect(mine.regions?.length).toBe(3);
    const theirs = await regionsOf(regionsWhere("'{{ current_username() }}' = 'someone'"));
    expect(theirs.regions).toEqual([]);
  });
});
