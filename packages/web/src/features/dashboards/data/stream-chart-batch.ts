import type { DashboardDataLine } from '@superset-ts/shared';
import { streamDashboardData } from '../../../api/dashboards';
import { type ChartQueryPlan, toDataChart } from './chart-query';
import { loadedTile, parseChartResults, type TileData } from './tile-data';

/** One chart of a batch: its plan and the request key its answer belongs to. */
export interface BatchChart {
  plan: Extract<ChartQueryPlan, { kind: 'query' }>;
  requestKey: string;
}

/** What a batch reports, chart by chart, as lines arrive. */
export interface BatchCallbacks {
  /** A chart's tile state; `requestKey` says which request the answer is for. */
  onTile: (chartId: number, requestKey: string, tile: TileData) => void;
}

const NO_ANSWER = 'The server sent no data for this chart. Refresh the dashboard to try again.';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'The chart data could not be loaded.';
}

/**
 * Asks for the data of `charts` in one streamed request (in their order) and reports each
 * chart as its line arrives: its results, or its error. Charts the stream ends without get an
 * error; a refused request fails every chart with the server's message. An abort reports nothing.
 */
export async function streamChartBatch(
  idOrSlug: number | string,
  charts: readonly BatchChart[],
  force: boolean,
  signal: AbortSignal,
  callbacks: BatchCallbacks,
): Promise<void> {
  const pending = new Map(charts.map((chart) => [chart.plan.chartId, chart.requestKey]));
  const settle = (chartId: number, tile: TileData) => {
    const requestKey = pending.get(chartId);
    if (requestKey === undefined || signal.aborted) return;
    pending.delete(chartId);
    callbacks.onTile(chartId, requestKey, tile);
  };
  const handleLine = (line: DashboardDataLine) => {
    if (line.type === 'chart') {
      const results = parseChartResults(line.result);
      settle(
        line.chart_id,
        results
          ? loadedTile(results)
          : { status: 'error', message: 'The server sent chart data that could not be read.' },
      );
    } else if (line.type === 'error') {
      settle(line.chart_id, { status: 'error', message: line.error.message });
    }
  };
  try {
    await streamDashboardData(
      idOrSlug,
      { charts: charts.map((chart) => toDataChart(chart.plan)), ...(force ? { force } : {}) },
      handleLine,
      signal,
    );
    for (const chartId of [...pending.keys()])
      settle(chartId, { status: 'error', message: NO_ANSWER });
  } catch (error) {
    if (signal.aborted) return;
    for (const chartId of [...pending.keys()]) {
      settle(chartId, { status: 'error', message: errorMessage(error) });
    }
  }
}
