import type { Dashboard, DashboardChart, DashboardDataLine } from '@superset-ts/shared';
import { vi } from 'vitest';
import { resetCsrfToken } from '../../../api/json-request';
import { chartDataResult } from '../../../visualizations/testing/chart-data-result';

/** One request the page made. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** A streamed answer of the dashboard data request that the test writes line by line. */
export interface DataStream {
  request: RecordedRequest;
  /** The chart ids asked for, in the request's order. */
  chartIds: number[];
  push(line: DashboardDataLine): void;
  /** Sends a `chart` line: a Big Number result of `value`. */
  answer(chartId: number, value: number): void;
  end(): void;
}

/** The result a Big Number chart draws as `value`. */
export function bigNumberResult(
  value: number,
  overrides: Parameters<typeof chartDataResult>[3] = {},
) {
  return [chartDataResult(['count'], [0], [{ count: value }], overrides)];
}

type Answer = { status?: number; body: unknown };
type Handler = (request: RecordedRequest) => Answer;

interface DashboardApiOptions {
  dashboard: Dashboard;
  charts: DashboardChart[];
  /** `[permission, view menu]` pairs of the user's one role. */
  permissions?: [string, string][];
  /**
   * How data requests are answered: `auto` answers every chart at once (value = chart id x 10)
   * and ends; `manual` leaves the stream open for the test.
   */
  streams?: 'auto' | 'manual';
  routes?: Record<string, Handler>;
}

const encoder = new TextEncoder();

function json(answer: Answer): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status ?? 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * Replaces `fetch` with the dashboard API: the dashboard (by id and slug), its charts, the
 * favourite status, the user's roles, and the NDJSON data request as a stream the test
 * controls. `routes` add or override answers (`"POST /api/v1/chart/data"`).
 */
export function dashboardApi(options: DashboardApiOptions) {
  const requests: RecordedRequest[] = [];
  const streams: DataStream[] = [];
  const { dashboard } = options;
  const keys = [String(dashboard.id), ...(dashboard.slug ? [dashboard.slug] : [])];
  const routes: Record<string, Handler> = {
    'GET /api/v1/security/csrf_token/': () => ({ body: { result: 'csrf-1' } }),
    'GET /api/v1/me/roles/': () => ({
      body: {
        result: {
          username: 'admin',
          firstName: 'Ada',
          lastName: 'Admin',
          userId: 1,
          isActive: true,
          isAnonymous: false,
          email: 'admin@example.com',
          createdOn: null,
          loginCount: 1,
          lastLogin: null,
          roles: { Admin: options.permissions ?? [] },
          permissions: {},
        },
      },
    }),
    'GET /api/v1/dashboard/favorite_status/': () => ({
      body: { result: [{ id: dashboard.id, value: false }] },
    }),
  };
  for (const key of keys) {
    routes[`GET /api/v1/dashboard/${key}`] = () => ({
      body: { id: dashboard.id, result: dashboard },
    });
    routes[`GET /api/v1/dashboard/${key}/charts`] = () => ({ body: { result: options.charts } });
  }
  Object.assign(routes, options.routes ?? {});

  const openStream = (request: RecordedRequest): Response => {
    const chartIds = ((request.body as { charts?: { chart_id: number }[] }).charts ?? []).map(
      (chart) => chart.chart_id,
    );
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(streamController) {
        controller = streamController;
      },
    });
    const push = (line: DashboardDataLine) =>
      controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
    const stream: DataStream = {
      request,
      chartIds,
      push,
      answer: (chartId, value) =>
        push({ type: 'chart', chart_id: chartId, result: bigNumberResult(value) }),
      end: () => controller.close(),
    };
    streams.push(stream);
    if (options.streams !== 'manual') {
      for (const chartId of chartIds) stream.answer(chartId, chartId * 10);
      stream.end();
    }
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } });
  };

  resetCsrfToken();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = { method, url, headers: new Headers(init?.headers), body };
    requests.push(request);
    const path = url.split('?')[0] ?? url;
    if (method === 'POST' && /^\/api\/v1\/dashboard\/[^/]+\/chart_data$/.test(path)) {
      return openStream(request);
    }
    const handler = routes[`${method} ${path}`];
    return json(handler ? handler(request) : { status: 404, body: { message: 'Not found.' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, streams };
}
