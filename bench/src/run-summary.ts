import type { GitInfo } from './git-info.js';
import type { MachineInfo } from './machine-info.js';
import type { ScenarioOutcome } from './scenario-types.js';

/** `quick` takes fewer samples and shorter waits; its numbers are a look, not a baseline. */
export type RunMode = 'full' | 'quick';

/** Everything one benchmark run produced, and where and on what it ran. */
export interface RunSummary {
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly mode: RunMode;
  readonly git: GitInfo;
  readonly machine: MachineInfo;
  readonly outcomes: readonly ScenarioOutcome[];
}
