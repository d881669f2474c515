import type { ScenarioDefinition } from './scenario-types.js';
import { CHART_CACHED, measureChartCached } from './scenarios/chart-data-cached.js';
import { CHART_UNCACHED, measureChartUncached } from './scenarios/chart-data-uncached.js';
import { COLD_START, measureColdStart } from './scenarios/cold-start.js';
import { measureDashboardCold } from './scenarios/dashboard-cold.js';
import { DASHBOARD_COLD, DASHBOARD_WARM } from './scenarios/dashboard-phases.js';
import { measureDashboardWarm } from './scenarios/dashboard-warm.js';
import { ENGINE_READ, measureEngineRead } from './scenarios/engine-read.js';
import { EXAMPLES_FIRST_RUN, measureExamplesFirstRun } from './scenarios/examples-first-run.js';
import { EXAMPLES_LOAD, measureExamplesLoad } from './scenarios/examples-load.js';
import { IDLE_MEMORY, measureIdleMemory } from './scenarios/idle-memory.js';
import { measureSqlLab, SQLLAB } from './scenarios/sqllab.js';

/**
 * Every scenario the benchmark design names (shared/reference/performance.md §5.4), plus
 * the foundation's own two. A scenario without `run` needs a capability the product does
 * not have yet; it is reported as not measured, which never counts as passing. Implementing
 * a capability means adding its `run` here.
 */
export const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    id: COLD_START,
    title: 'Cold start: spawn to first 200 on /health',
    capability: 'the `superset run` CLI with /health',
    run: measureColdStart,
  },
  {
    id: IDLE_MEMORY,
    title: 'Idle memory: RSS after /health and a few idle seconds',
    capability: 'the `superset run` CLI with /health',
    run: measureIdleMemory,
  },
  {
    id: ENGINE_READ,
    title: 'Engine read: 100k Q06-shaped rows streamed by the PostgreSQL client vs pg-cursor',
    capability: 'the PostgreSQL engine client',
    run: measureEngineRead,
  },
  {
    id: CHART_UNCACHED,
    title:
      'Uncached chart data: six chart queries on 10M trips, force=true, against the driver running the same SQL, 1 and 32 clients (R1 overhead)',
    capability: 'the chart-data API on PostgreSQL with the trips dataset',
    run: measureChartUncached,
  },
  {
    id: CHART_CACHED,
    title:
      'Cached chart data: the six chart queries from the Redis data cache, against a Redis GET of the same size, 1 and 32 clients (R2 cached)',
    capability: 'the Redis chart-data cache',
    run: measureChartCached,
  },
  {
    id: DASHBOARD_COLD,
    title:
      'Dashboard of 12 charts, forced through its one request, against its SQL on the driver (R3 dashboard); 50 charts over 10 queries, counting database executions',
    capability: 'dashboards and the dashboard API',
    run: measureDashboardCold,
  },
  {
    id: DASHBOARD_WARM,
    title:
      'Dashboards of 12 and of 50 charts, warm, through the one request against the slowest cached chart alone; the 12-chart page load Superset-style (R3w warm dashboard)',
    capability: 'dashboards with the Redis chart-data cache',
    run: measureDashboardWarm,
  },
  {
    id: 'D-filter',
    title: 'Dashboard with a native city filter, mixed hits and misses',
    capability: 'native dashboard filters',
  },
  {
    id: 'X',
    title: 'Stampede: 64 identical uncached Q04 requests at once (R6 coalescing)',
    capability: 'single-flight request coalescing',
  },
  {
    id: SQLLAB,
    title:
      'SQL Lab: a 100k-row JSON run and the CSV export of 1M rows, against the raw driver (R4 streaming)',
    capability: 'SQL Lab execute and CSV export',
    run: measureSqlLab,
  },
  {
    id: 'A',
    title: 'Q01, Q04 and the dashboard through the async API (R5 async)',
    capability: 'async queries on workers with event push',
  },
  {
    id: 'M',
    title: 'Q01, Q03, Q08 and the dashboard against MariaDB',
    capability: 'the chart-data API and dashboards on MariaDB',
  },
  {
    id: EXAMPLES_LOAD,
    title:
      '`superset load_examples` on a fresh SUPERSET_HOME, into DuckDB (embedded default) and into PostgreSQL, and again with nothing to do',
    capability: 'the `superset load_examples` CLI',
    run: measureExamplesLoad,
  },
  {
    id: EXAMPLES_FIRST_RUN,
    title:
      'First run: spawning `superset quickstart` on a fresh SUPERSET_HOME to the Sales Dashboard drawn in Chromium (port, signed in, drawn)',
    capability: 'the quickstart loading the examples on first start',
    run: measureExamplesFirstRun,
  },
];

/** Thrown when `--only` names a scenario the registry does not have. */
export class UnknownScenarioError extends Error {
  override readonly name = 'UnknownScenarioError';
}

/** The scenarios to run: all of them, or the one `only` names. */
export function selectScenarios(
  only: string | undefined,
  scenarios: readonly ScenarioDefinition[] = SCENARIOS,
): readonly ScenarioDefinition[] {
  if (only === undefined) return scenarios;
  const chosen = scenarios.filter((scenario) => scenario.id === only);
  if (chosen.length === 0) {
    throw new UnknownScenarioError(
      `unknown scenario "${only}"; known: ${scenarios.map((scenario) => scenario.id).join(', ')}`,
    );
  }
  return chosen;
}
