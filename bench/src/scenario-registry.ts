import type { ScenarioDefinition } from './scenario-types.js';
import { COLD_START, measureColdStart } from './scenarios/cold-start.js';
import { ENGINE_READ, measureEngineRead } from './scenarios/engine-read.js';
import { IDLE_MEMORY, measureIdleMemory } from './scenarios/idle-memory.js';

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
    id: 'U',
    title: 'Uncached chart data, Q01-Q10 one at a time (R1 overhead)',
    capability: 'the chart-data API on PostgreSQL with the trips dataset',
  },
  {
    id: 'C',
    title: 'Cached chart data, Q01-Q10 with a warm cache (R2 cached)',
    capability: 'the Redis chart-data cache',
  },
  {
    id: 'D-cold',
    title: 'Dashboard of 12 charts, empty cache (R3 dashboard)',
    capability: 'dashboards and the dashboard API',
  },
  {
    id: 'D-warm',
    title: 'Dashboard of 12 charts, warm cache (R3w warm dashboard)',
    capability: 'dashboards with the Redis chart-data cache',
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
    id: 'S',
    title: 'SQL Lab streaming of 1M and 5M rows as JSON, CSV and Arrow (R4 streaming)',
    capability: 'SQL Lab result streaming',
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
