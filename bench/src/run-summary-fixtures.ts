import type { Measurement } from './measurement.js';
import { measurement, pairedRatio } from './measurement.js';
import type { RatioTarget } from './ratios.js';
import type { RunSummary } from './run-summary.js';
import type { ScenarioDefinition, ScenarioOutcome } from './scenario-types.js';

/** Test fixtures: runs and outcomes built from a few numbers, for the writers' tests. */

/** A scenario definition, implemented unless `run: undefined` is given. */
export function scenarioFixture(overrides: Partial<ScenarioDefinition> = {}): ScenarioDefinition {
  return {
    id: 'cold-start',
    title: 'Cold start',
    capability: 'the `superset run` CLI',
    run: () => Promise.resolve([]),
    ...overrides,
  };
}

/** Product and floor samples with their paired ratio, held to `target` when given. */
export function measurementsFixture(target?: RatioTarget): Measurement[] {
  const product = [300, 310, 320];
  const floor = [40, 42, 41];
  return [
    measurement('cold-start', 'product', 'ms', product),
    measurement('cold-start', 'floor', 'ms', floor),
    pairedRatio('cold-start', 'product / floor', product, floor, target),
  ];
}

/** A measured outcome of the cold-start fixture. */
export function measuredOutcome(target?: RatioTarget): ScenarioOutcome {
  return {
    kind: 'measured',
    scenario: scenarioFixture(),
    measurements: measurementsFixture(target),
    durationMs: 1234,
  };
}

/** An outcome for a scenario whose capability does not exist yet. */
export function notMeasuredOutcome(id = 'U', capability = 'the chart-data API'): ScenarioOutcome {
  return {
    kind: 'not-measured',
    scenario: scenarioFixture({ id, title: `Scenario ${id}`, capability, run: undefined }),
    reason: `needs ${capability}`,
  };
}

/** A run on a fixed machine and commit, holding `outcomes`. */
export function runFixture(outcomes: readonly ScenarioOutcome[]): RunSummary {
  return {
    startedAt: new Date('2026-11-23T20:31:05.123Z'),
    durationMs: 83_000,
    mode: 'quick',
    git: { sha: 'ab1901b0c0ffee0000000000000000000000beef', isDirty: true },
    machine: {
      cpuModel: 'Test CPU',
      cores: 2,
      memoryGiB: 23.5,
      os: 'Debian GNU/Linux 12 (bookworm)',
      kernel: 'Linux 6.1.0',
      node: 'v20.20.2',
      v8: '11.3.244.8',
      services: {
        postgres: '15.20 (Debian 15.20-0+deb12u1), jit on',
        mariadb: '10.11.14-MariaDB-0+deb12u2',
        redis: '7.0.15',
      },
    },
    outcomes,
  };
}
