import { describe, expect, it } from 'vitest';
import type { ArrivedLine } from './dashboard-ndjson.js';
import { DashboardLoadError, dashboardDataPath, readDashboardLines } from './dashboard-stream.js';

const line = (value: unknown, arrivedMs: number): ArrivedLine => ({
  bytes: Buffer.from(JSON.stringify(value)),
  arrivedMs,
});
const start = line({ type: 'start', dashboard_id: 4, chart_ids: [7, 8] }, 1);
const chart = (id: number, at: number) =>
  line({ type: 'chart', chart_id: id, result: [{ status: 'success', data: [{ n: id }] }] }, at);
const done = line(
  { type: 'done', charts: 2, queries_executed: 1, queries_cached: 1, duration_ms: 9 },
  30,
);

describe('readDashboardLines', () => {
  it('times the first and the last tile, and keeps each chart result by id', () => {
    const read = readDashboardLines([start, chart(8, 4), chart(7, 25), done]);
    expect(read.startMs).toBe(1);
    expect(read.firstTileMs).toBe(4);
    expect(read.lastTileMs).toBe(25);
    expect(read.results.get(7)).toEqual([{ status: 'success', data: [{ n: 7 }] }]);
    expect(read.done.queries_executed).toBe(1);
  });

  it('fails a load where a chart answered an error, naming it', () => {
    const error = line(
      {
        type: 'error',
        chart_id: 8,
        status: 403,
        error: { message: 'no access', error_type: 'DATASOURCE_SECURITY_ACCESS_ERROR' },
      },
      5,
    );
    expect(() => readDashboardLines([start, chart(7, 3), error, done])).toThrow(
      /chart 8: 403 DATASOURCE_SECURITY_ACCESS_ERROR no access/,
    );
  });

  it('fails a load missing a chart, a chart twice, a chart not announced or the done line', () => {
    expect(() => readDashboardLines([start, chart(7, 3), done])).toThrow('1 of 2 charts');
    expect(() => readDashboardLines([start, chart(7, 3), chart(7, 4), done])).toThrow(
      DashboardLoadError,
    );
    expect(() => readDashboardLines([start, chart(9, 3), chart(7, 4), done])).toThrow(
      /chart 9 unannounced/,
    );
    expect(() => readDashboardLines([start, chart(7, 3), chart(8, 4)])).toThrow(/without a done/);
    expect(() => readDashboardLines([chart(7, 3), done])).toThrow(/start line/);
  });
});

describe('dashboardDataPath', () => {
  it('is the contract path for the dashboard id', () => {
    expect(dashboardDataPath(12)).toBe('/api/v1/dashboard/12/chart_data');
  });
});
