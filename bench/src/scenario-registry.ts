import type { ScenarioDefinition } from './scenario-types.js';
import { CHART_CACHED, measureChartCached } from './scenarios/chart-data-cached.js';
import { CHART_UNCACHED, measureChartUncached } from './scenarios/chart-data-uncached.js';
import { COLD_START, measureColdStart } from './scenarios/cold-start.js';
import { measureDashboardCold } from './scenarios/dashboard-cold.js';
import { measureDashboardFilter } from './scenarios/dashboard-filter.js';
import { DASHBOARD_FILTER } from './scenarios/dashboard-filter-scope.js';
import { DASHBOARD_COLD, DASHBOARD_WARM } from './scenarios/dashboard-phases.js';
import { measureDashboardWarm } from './scenarios/dashboard-warm.js';
import { EFFICIENCY, measureEfficiency } from './scenarios/efficiency.js';
import { ENGINE_READ, measureEngineRead } from './scenarios/engine-read.js';
import { EXAMPLES_FIRST_RUN, measureExamplesFirstRun } from './scenarios/examples-first-run.js';
import { EXAMPLES_LOAD, measureExamplesLoad } from './scenarios/examples-load.js';
import { IDLE_MEMORY, measureIdleMemory } from './scenarios/idle-memory.js';
import { MARIADB, measureMariaDb } from './scenarios/mariadb-chart-data.js';
import { measureSqlLab, SQLLAB } from './scenarios/sqllab.js';
import { measureStampede } from './scenarios/stampede.js';
import { STAMPEDE } from './scenarios/stampede-arithmetic.js';

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
      'Uncached chart data: Q01-Q10 on 10M trips (1M with --quick), force=true, against the driver and pgbench (the DB floor) running the same SQL, at 1, 8 and 64 clients (64: Q03, Q08, Q10 only; --quick: 1M trips, 1 and 8, Q06 at 1 only) (R1 overhead)',
    capability: 'the chart-data API on PostgreSQL with the trips dataset',
    run: measureChartUncached,
  },
  {
    id: CHART_CACHED,
    title:
      'Cached chart data: Q01-Q10 from the Redis data cache, against a Redis GET + node:http of the same size, at 1, 8 and 64 clients (--quick: 1M trips, 1 and 8, Q06 at 1 only) (R2 cached)',
    capability: 'the Redis chart-data cache',
    run: measureChartCached,
  },
  {
    id: EFFICIENCY,
    title:
      'Efficiency: server CPU-ms per request, cached and uncached (R7), top 10 zones by revenue over 30 days, sequential requests on one connection',
    capability: 'the chart-data API with the Redis chart-data cache',
    run: measureEfficiency,
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
    id: DASHBOARD_FILTER,
    title:
      'Dashboard of 12 charts after a native filter change to pickup_zone IN (20 zones not asked before; trips has no city) on charts 3-8 and 11-12: 8 misses and 4 hits through the one request, against the 8 filtered SQL at once on the driver (R3)',
    capability: 'native dashboard filters',
    run: measureDashboardFilter,
  },
  {
    id: STAMPEDE,
    title:
      'Stampede: 64 identical uncached Q04 requests at once (trips joined to riders, city x segment), counting database executions by the rows PostgreSQL read from the table, against the SQL alone on the driver (R6 coalescing)',
    capability: 'single-flight request coalescing',
    run: measureStampede,
  },
  {
    id: SQLLAB,
    title:
      'SQL Lab: a 100k-row JSON run and the CSV export of 1M rows, against the raw driver (R4 streaming)',
    capability: 'SQL Lab execute and CSV export',
    run: measureSqlLab,
  },
  {
    id: 'S-arrow',
    title: 'SQL Lab: 1M rows streamed as Arrow IPC, against COPY into Node (R4 Arrow, ≥ 0.8x)',
    capability: 'an Arrow result format for SQL Lab results',
  },
  {
    id: 'A',
    title: 'Q01, Q04 and the dashboard through the async API (R5 async)',
    capability: 'async queries on workers with event push',
  },
  {
    id: MARIADB,
    title:
      "MariaDB, the same trips: Q01, Q03 and Q08 force=true against mysql2 and the server's own time (R1) and cached against Redis GET + node:http (R2), 1 client; the 12-chart dashboard cold through its one request against its SQL at once on mysql2 (R3), and warm",
    capability: 'the chart-data API and dashboards on MariaDB',
    run: measureMariaDb,
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
