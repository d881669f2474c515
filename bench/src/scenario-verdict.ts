import type { ScenarioOutcome } from './scenario-types.js';

/**
 * The one-word verdict on a scenario. Only a measured scenario whose targets all pass is
 * `pass`; one with no target yet is `measured`; one that was not measured is never a pass.
 */
export type ScenarioVerdict = 'pass' | 'miss' | 'measured' | 'not measured' | 'failed';

/** The verdict on one outcome of a run. */
export function scenarioVerdict(outcome: ScenarioOutcome): ScenarioVerdict {
  switch (outcome.kind) {
    case 'not-measured':
      return 'not measured';
    case 'failed':
      return 'failed';
    case 'measured': {
      const verdicts = outcome.measurements.flatMap((m) =>
        m.check === undefined || m.check.verdict === 'no target' ? [] : [m.check.verdict],
      );
      if (verdicts.length === 0) return 'measured';
      return verdicts.every((verdict) => verdict === 'pass') ? 'pass' : 'miss';
    }
  }
}
