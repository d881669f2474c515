import type { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { DashboardDataLine } from '@superset-ts/shared';
import { DASHBOARD_CHART_DATA_PATH } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import type { ArrivedLine } from './dashboard-ndjson.js';
import { NdjsonLineSplitter, parseDashboardLine } from './dashboard-ndjson.js';
import { timedRequest } from './http-client.js';

/** The `done` line of a dashboard data answer. */
export type DoneLine = Extract<DashboardDataLine, { type: 'done' }>;
type ChartLine = Extract<DashboardDataLine, { type: 'chart' }>;
type ErrorLine = Extract<DashboardDataLine, { type: 'error' }>;

/** One dashboard loaded through its one request, as the harness timed and read it. */
export interface DashboardLoad {
  /** From sending the request to the `start` line: the dashboard was read and planned. */
  readonly startMs: number;
  /** From sending the request to the first tile's line (chart or error). */
  readonly firstTileMs: number;
  /** From sending the request to the last tile's line: every tile can be drawn. */
  readonly lastTileMs: number;
  /** From sending the request to the end of the answer. */
  readonly totalMs: number;
  readonly bytes: number;
  /** Each chart's `result` (as POST /api/v1/chart/data gives it), by chart id. */
  readonly results: ReadonlyMap<number, ChartLine['result']>;
  readonly done: DoneLine;
}

/** Thrown for an answer that does not give every chart its data. */
export class DashboardLoadError extends Error {
  override readonly name = 'DashboardLoadError';
}

/** The path of a dashboard's one-request data endpoint. */
export function dashboardDataPath(dashboardId: number): string {
  return DASHBOARD_CHART_DATA_PATH.replace(':idOrSlug', String(dashboardId));
}

/**
 * Reads the lines of an answer in order: one `start`, one line per announced chart, `done`
 * last. Any `error` line, or a chart missing or twice, fails the load: a benchmark of a
 * dashboard that did not draw every tile measures nothing.
 */
export function readDashboardLines(
  arrived: readonly ArrivedLine[],
): Omit<DashboardLoad, 'totalMs' | 'bytes'> {
  const lines = arrived.map((line) => ({ ...line, parsed: parseDashboardLine(line.bytes) }));
  const [first] = lines;
  if (first?.parsed.type !== 'start') {
    throw new DashboardLoadError(`the answer does not begin with a start line`);
  }
  const expected = new Set(first.parsed.chart_ids);
  const results = new Map<number, ChartLine['result']>();
  const errors: ErrorLine[] = [];
  const tileTimes: number[] = [];
  let done: DoneLine | undefined;
  for (const { parsed, arrivedMs } of lines.slice(1)) {
    if (done !== undefined) throw new DashboardLoadError('a line came after the done line');
    switch (parsed.type) {
      case 'start':
        throw new DashboardLoadError('a second start line');
      case 'chart':
        if (!expected.has(parsed.chart_id) || results.has(parsed.chart_id)) {
          throw new DashboardLoadError(`chart ${parsed.chart_id} unannounced or sent twice`);
        }
        results.set(parsed.chart_id, parsed.result);
        tileTimes.push(arrivedMs);
        break;
      case 'error':
        errors.push(parsed);
        tileTimes.push(arrivedMs);
        break;
      case 'done':
        done = parsed;
        break;
    }
  }
  if (errors.length > 0) {
    const [error] = errors;
    throw new DashboardLoadError(
      `${errors.length} chart(s) answered an error, e.g. chart ${error?.chart_id}: ` +
        `${error?.status} ${error?.error.error_type} ${error?.error.message}`,
    );
  }
  if (done === undefined) throw new DashboardLoadError('the answer ended without a done line');
  if (results.size !== expected.size) {
    throw new DashboardLoadError(`${results.size} of ${expected.size} charts answered`);
  }
  return {
    startMs: first.arrivedMs,
    firstTileMs: Math.min(...tileTimes),
    lastTileMs: Math.max(...tileTimes),
    results,
    done,
  };
}

/**
 * POST /api/v1/dashboard/{id}/chart_data for every chart of the dashboard: the NDJSON
 * answer is cut into lines as it arrives (each stamped with its arrival) and parsed only
 * once it has ended, so the timing pays for no parsing.
 */
export function loadDashboard(
  product: ChartProduct,
  dashboardId: number,
  options: { force: boolean; agent?: Agent },
): Promise<DashboardLoad> {
  return postDashboardData(product, dashboardId, { force: options.force }, options.agent);
}

/**
 * POST /api/v1/dashboard/{id}/chart_data with `body` (the page's own query contexts in
 * `charts`, or none for the saved charts), timed and read as `loadDashboard` says; a load
 * that did not give every chart its data throws.
 */
export async function postDashboardData(
  product: ChartProduct,
  dashboardId: number,
  body: { force: boolean; charts?: readonly unknown[] },
  agent?: Agent,
): Promise<DashboardLoad> {
  const splitter = new NdjsonLineSplitter();
  const arrived: ArrivedLine[] = [];
  let head = '';
  const sentAt = performance.now();
  const timing = await timedRequest(
    {
      port: product.server.port,
      method: 'POST',
      path: dashboardDataPath(dashboardId),
      token: product.token,
      json: body,
      ...(agent === undefined ? {} : { agent }),
    },
    (chunk) => {
      if (head.length < 500) head += chunk.toString('utf8', 0, 500);
      arrived.push(...splitter.push(chunk, performance.now() - sentAt));
    },
  );
  if (timing.status !== 200) {
    throw new DashboardLoadError(
      `dashboard ${dashboardId} data answered ${timing.status}: ${head.slice(0, 500)}`,
    );
  }
  const last = splitter.end(performance.now() - sentAt);
  if (last !== undefined) arrived.push(last);
  return { ...readDashboardLines(arrived), totalMs: timing.totalMs, bytes: timing.bytes };
}
