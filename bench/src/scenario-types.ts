import type { Measurement } from './measurement.js';
import type { ServerLauncher } from './server-launcher.js';

/** What a scenario can use while it runs. */
export interface ScenarioContext {
  /** Fewer samples and shorter waits, for a quick look (`--quick`). */
  readonly quick: boolean;
  /** The built product, with a prepared SUPERSET_HOME; prepared once, on first use. */
  readonly product: () => Promise<ServerLauncher>;
  /** Progress for the console; never part of the results. */
  readonly log: (message: string) => void;
}

/** Runs one scenario and returns its measurements. */
export type ScenarioRunner = (context: ScenarioContext) => Promise<Measurement[]>;

/** A scenario of the benchmark design, implemented or not yet. */
export interface ScenarioDefinition {
  readonly id: string;
  readonly title: string;
  /** The product capability the scenario exercises; it cannot be measured before that exists. */
  readonly capability: string;
  /** Absent until the capability exists: the scenario is then reported as not measured. */
  readonly run?: ScenarioRunner;
}

/** What became of one scenario in a run. */
export type ScenarioOutcome =
  | {
      readonly kind: 'measured';
      readonly scenario: ScenarioDefinition;
      readonly measurements: readonly Measurement[];
      readonly durationMs: number;
    }
  | {
      readonly kind: 'not-measured';
      readonly scenario: ScenarioDefinition;
      readonly reason: string;
    }
  | { readonly kind: 'failed'; readonly scenario: ScenarioDefinition; readonly error: string };
