import type { DashboardDataLine } from '@superset-ts/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../features/users/testing/mock-api';
import { ApiRequestError } from './api-request-error';
import { streamDashboardData, updateDashboard } from './dashboards';
import { dashboardRow } from '../features/dashboards/testing/dashboard-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('streamDashboardData', () => {
  it("rejects with the server's message when the request is refused", async () => {
    mockApi({
      'POST /api/v1/dashboard/sales/chart_data': () => ({
        status: 403,
        body: { message: 'You may not see this dashboard.', errors: [] },
      }),
    });
    const lines: DashboardDataLine[] = [];

    const streaming = streamDashboardData('sales', { charts: [] }, (line) => lines.push(line));

    await expect(streaming).rejects.toThrow(ApiRequestError);
    await expect(streaming).rejects.toThrow('You may not see this dashboard.');
    expect(lines).toEqual([]);
  });

  it('passes on the lines of the answer, skipping lines of unknown types', async () => {
    mockApi({});
    const body = [
      { type: 'start', dashboard_id: 7, chart_ids: [1] },
      { type: 'progress', percent: 50 },
      { type: 'done', charts: 1, queries_executed: 1, queries_cached: 0, duration_ms: 3 },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.includes('csrf')
          ? new Response(JSON.stringify({ result: 'csrf-1' }))
          : new Response(body, { status: 200 }),
      ),
    );
    const lines: DashboardDataLine[] = [];

    await streamDashboardData(7, { charts: [] }, (line) => lines.push(line));

    expect(lines.map((line) => line.type)).toEqual(['start', 'done']);
  });
});

describe('streamDashboardData after the session changed', () => {
  it('fetches a new CSRF token once when the server refuses the old one', async () => {
    let tokens = 0;
    let posts = 0;
    const api = mockApi({
      'GET /api/v1/security/csrf_token/': () => ({ body: { result: `csrf-${++tokens}` } }),
      'POST /api/v1/dashboard/7/chart_data': (request) => {
        posts += 1;
        return request.headers.get('X-CSRFToken') === 'csrf-2'
          ? {
              body: {
                type: 'done',
                charts: 0,
                queries_executed: 0,
                queries_cached: 0,
                duration_ms: 1,
              },
            }
          : {
              status: 400,
              body: { message: 'CSRF', errors: [{ error_type: 'CSRF_TOKEN_INVALID' }] },
            };
      },
    });
    const lines: DashboardDataLine[] = [];

    await streamDashboardData(7, { charts: [] }, (line) => lines.push(line));

    expect(posts).toBe(2);
    expect(lines.map((line) => line.type)).toEqual(['done']);
    expect(api.calls()).toEqual([
      'POST /api/v1/dashboard/7/chart_data',
      'POST /api/v1/dashboard/7/chart_data',
    ]);
  });
});

describe('updateDashboard', () => {
  it('reads the dashboard again when the answer holds only the changed fields', async () => {
    const stored = dashboardRow({ dashboard_title: 'Renamed' });
    mockApi({
      'PUT /api/v1/dashboard/7': () => ({
        body: { id: 7, result: { dashboard_title: 'Renamed' } },
      }),
      'GET /api/v1/dashboard/7': () => ({ body: { id: 7, result: stored } }),
    });

    expect(await updateDashboard(7, { dashboard_title: 'Renamed' })).toEqual(stored);
  });
});
