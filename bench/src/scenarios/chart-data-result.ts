import type { Agent } from 'node:http';
import type { ChartDataResponse } from '@superset-ts/shared';
import { CHART_DATA_API_PATH } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import { chartDatasetId } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import { queryContext } from './chart-data-queries.js';
import type { TimedResponse } from './http-client.js';
import { requestJson, timedRequest } from './http-client.js';

/** POST /api/v1/chart/data, the answer received whole (not parsed); throws unless 200. */
export async function postChartData(
  product: ChartProduct,
  chart: ChartQuery,
  force: boolean,
  agent?: Agent,
): Promise<TimedResponse> {
  // The head of the body is kept to explain an error; a 200's body is only counted.
  let head = '';
  const timing = await timedRequest(
    {
      port: product.server.port,
      method: 'POST',
      path: CHART_DATA_API_PATH,
      token: product.token,
      json: queryContext(chartDatasetId(product, chart), chart, { force, resultType: 'full' }),
      ...(agent === undefined ? {} : { agent }),
    },
    (chunk) => {
      if (head.length < 500) head += chunk.toString('utf8', 0, 500);
    },
  );
  if (timing.status !== 200) {
    throw new Error(`chart data ${chart.id} answered ${timing.status}: ${head.slice(0, 500)}`);
  }
  return timing;
}

/** The chart data answer parsed: the first (only) result. */
export async function chartDataResult(
  product: ChartProduct,
  chart: ChartQuery,
  options: { force: boolean; resultType: 'full' | 'query' },
): Promise<{ result: ChartDataResponse['result'][number]; bytes: number }> {
  const { body, timing } = await requestJson<ChartDataResponse>(
    {
      port: product.server.port,
      method: 'POST',
      path: CHART_DATA_API_PATH,
      token: product.token,
      json: queryContext(chartDatasetId(product, chart), chart, options),
    },
    200,
  );
  const result = body.result[0];
  if (result === undefined) throw new Error(`chart data ${chart.id} answered no result`);
  return { result, bytes: timing.bytes };
}

/** The sum of a column over rows, numbers and numeric text alike. */
export function columnSum(rows: readonly Record<string, unknown>[], column: string): number {
  return rows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0);
}

/** The sum of every column whose name starts with `prefix` (a pivot spreads a metric out). */
export function prefixedSum(rows: readonly Record<string, unknown>[], prefix: string): number {
  let sum = 0;
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (name.startsWith(prefix) && value !== null) sum += Number(value);
    }
  }
  return sum;
}

/** Whether two sums of money agree: to the cent, whatever order they were added in. */
export function sumsAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-12);
}
