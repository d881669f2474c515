import { performance } from 'node:perf_hooks';
import type { ScenarioContext, ScenarioDefinition, ScenarioOutcome } from './scenario-types.js';

/**
 * Runs the scenarios one after another (never two at once: they would share 2 cores).
 * A scenario that throws is recorded as failed and the others still run; one without an
 * implementation is recorded as not measured, naming the capability it waits for.
 */
export async function runScenarios(
  scenarios: readonly ScenarioDefinition[],
  context: ScenarioContext,
): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    if (scenario.run === undefined) {
      outcomes.push({ kind: 'not-measured', scenario, reason: `needs ${scenario.capability}` });
      continue;
    }
    context.log(`scenario ${scenario.id}: ${scenario.title}`);
    const startedAt = performance.now();
    try {
      const measurements = await scenario.run(context);
      outcomes.push({
        kind: 'measured',
        scenario,
        measurements,
        durationMs: performance.now() - startedAt,
      });
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      context.log(`scenario ${scenario.id} failed: ${message}`);
      outcomes.push({ kind: 'failed', scenario, error: message });
    }
  }
  return outcomes;
}
