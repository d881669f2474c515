import type {
  DashboardDataChart,
  DashboardDataLine,
  DashboardDataRequest,
} from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartDataService, QueryAnswer } from '../chart-data/chart-data.service.js';
import { RequestLookups } from '../chart-data/request-lookups.js';
import { chartQueryContext, type DashboardDataOptions } from './chart-query-context.js';
import { inCompletionOrder } from './completion-order.js';
import { chartLineOf, chartResultOf, errorLineOf } from './dashboard-data.presenter.js';
import type { DashboardChartForData, DashboardChartsSource } from './dashboard-data.ports.js';
import { chartIdsUnderTab } from './layout-charts.js';

/** What the dashboard data service uses. */
export interface DashboardDataServiceDeps {
  dashboards: DashboardChartsSource;
  /** The service of POST /api/v1/chart/data: access, RLS, cache, single flight, limits. */
  chartData: ChartDataService;
  /** Told of an error no catalogue code explains (its line shows a generic message). */
  logUnexpected: (error: unknown, chartId: number) => void;
  /** Milliseconds on a monotonic clock, for `duration_ms`. */
  now: () => number;
}

/** One chart to answer: on the dashboard (with what the client asked of it) or not. */
interface PlannedChart {
  chartId: number;
  chart: DashboardChartForData | undefined;
  asked: DashboardDataChart | undefined;
}

/** The charts of one request, checked against the dashboard before anything is streamed. */
export interface DashboardDataPlan {
  dashboardId: number;
  charts: readonly PlannedChart[];
  options: DashboardDataOptions;
}

/** Loads the data of a dashboard's charts in one request. */
export interface DashboardDataService {
  /**
   * The dashboard's charts the request asks for, in its order (all of them by default),
   * kept to those under `tab_id`. Throws (before any line is written) when the dashboard
   * is missing or unreadable (404) or has no such tab (404).
   */
  plan(actor: Actor, idOrSlug: string, request: DashboardDataRequest): Promise<DashboardDataPlan>;
  /**
   * The answer's lines: `start`, then one `chart` or `error` line per chart as each
   * finishes (all run at once; cached ones come first), then `done` with the counts. One
   * chart's failure never stops the others; a consumer may stop reading at any time.
   */
  lines(actor: Actor, plan: DashboardDataPlan): AsyncGenerator<DashboardDataLine>;
}

/** One run shared by the charts asking the same: its answers and their presented result. */
interface SharedRun {
  answers: QueryAnswer[];
  result: Record<string, unknown>[];
}

interface ChartOutcome {
  line: DashboardDataLine;
  answers: readonly QueryAnswer[];
}

function plannedCharts(
  charts: readonly DashboardChartForData[],
  request: DashboardDataRequest,
  underTab: Set<number> | undefined,
): PlannedChart[] {
  const byId = new Map(charts.map((chart) => [chart.id, chart]));
  const asked: { chartId: number; asked?: DashboardDataChart }[] = request.charts
    ? request.charts.map((item) => ({ chartId: item.chart_id, asked: item }))
    : charts.map((chart) => ({ chartId: chart.id }));
  const seen = new Set<number>();
  const planned: PlannedChart[] = [];
  for (const item of asked) {
    if (seen.has(item.chartId)) continue;
    seen.add(item.chartId);
    const chart = byId.get(item.chartId);
    // A chart of the dashboard on another tab is left out; one not on it gets an error line.
    if (chart && underTab && !underTab.has(chart.id)) continue;
    planned.push({ chartId: item.chartId, chart, asked: item.asked });
  }
  return planned;
}

/** Queries run on a database (identical ones once) and queries the cache answered. */
function countQueries(outcomes: readonly ChartOutcome[]) {
  const executed = new Set<string>();
  let cached = 0;
  for (const answer of outcomes.flatMap((outcome) => outcome.answers)) {
    if (answer.kind !== 'data') continue;
    if (answer.outcome.isCached) cached += 1;
    else executed.add(answer.outcome.cacheKey);
  }
  return { queries_executed: executed.size, queries_cached: cached };
}

/** Creates the dashboard data service. */
export function createDashboardDataService(deps: DashboardDataServiceDeps): DashboardDataService {
  /**
   * One request's runs: the dataset, database and RLS reads are shared between its charts,
   * and charts asking exactly the same (context and cache timeout) share one run.
   */
  const requestRunner = (actor: Actor, options: DashboardDataOptions) => {
    const lookups = new RequestLookups();
    const runs = new Map<string, Promise<SharedRun>>();
    return async ({ chart, chartId, asked }: PlannedChart): Promise<ChartOutcome> => {
      if (!chart) throw new AppError('ACCESS_DENIED', `Chart ${chartId} is not on this dashboard.`);
      const context = chartQueryContext(chart, asked, options);
      const key = JSON.stringify([chart.cacheTimeout, context]);
      let run = runs.get(key);
      if (!run) {
        run = deps.chartData
          .run(actor, context, { id: chart.id, cacheTimeout: chart.cacheTimeout }, lookups)
          .then((answers) => ({ answers, result: chartResultOf(answers) }));
        runs.set(key, run);
      }
      const { answers, result } = await run;
      return { line: chartLineOf(chartId, result), answers };
    };
  };

  return {
    async plan(actor, idOrSlug, request) {
      const dashboard = await deps.dashboards.chartsForData(actor, idOrSlug);
      const underTab =
        request.tab_id === undefined
          ? undefined
          : chartIdsUnderTab(dashboard.layout, request.tab_id);
      if (request.tab_id !== undefined && !underTab) {
        throw new AppError('RESOURCE_NOT_FOUND', 'This dashboard has no such tab.');
      }
      return {
        dashboardId: dashboard.dashboardId,
        charts: plannedCharts(dashboard.charts, request, underTab),
        options: { extraFormData: request.extra_form_data, force: request.force },
      };
    },

    async *lines(actor, plan) {
      const startedAt = deps.now();
      yield {
        type: 'start',
        dashboard_id: plan.dashboardId,
        chart_ids: plan.charts.map((planned) => planned.chartId),
      };
      // Let the start line reach the socket before the charts' work takes the thread.
      await new Promise((resolve) => setImmediate(resolve));
      const outcomes: ChartOutcome[] = [];
      const runChart = requestRunner(actor, plan.options);
      const running = plan.charts.map((planned) => runChart(planned));
      const failed = (error: unknown, index: number): ChartOutcome => ({
        line: errorLineOf(plan.charts[index]?.chartId ?? 0, error, deps.logUnexpected),
        answers: [],
      });
      for await (const outcome of inCompletionOrder(running, failed)) {
        outcomes.push(outcome);
        yield outcome.line;
      }
      yield {
        type: 'done',
        charts: plan.charts.length,
        ...countQueries(outcomes),
        duration_ms: Math.round(deps.now() - startedAt),
      };
    },
  };
}
