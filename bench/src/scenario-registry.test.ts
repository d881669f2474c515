import { describe, expect, it } from 'vitest';
import { scenarioFixture } from './run-summary-fixtures.js';
import { SCENARIOS, selectScenarios, UnknownScenarioError } from './scenario-registry.js';
import { runScenarios } from './scenario-runner.js';
import type { ScenarioContext } from './scenario-types.js';
import { scenarioVerdict } from './scenario-verdict.js';

const context: ScenarioContext = {
  quick: true,
  log: () => undefined,
  product: () => Promise.reject(new Error('no product in unit tests')),
};

describe('scenario registry', () => {
  it('lists every scenario of the benchmark design (performance.md §5.4)', () => {
    const ids = SCENARIOS.map((scenario) => scenario.id);
    for (const id of ['U', 'C', 'D-cold', 'D-warm', 'D-filter', 'X', 'S', 'A', 'M']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('implements the foundation and engine measurements', () => {
    const implemented = SCENARIOS.filter((scenario) => scenario.run !== undefined);
    expect(implemented.map((scenario) => scenario.id)).toEqual([
      'cold-start',
      'idle-memory',
      'engine-read',
      'U',
      'C',
      'E',
      'D-cold',
      'D-warm',
      'D-filter',
      'X',
      'S',
      'M',
      'examples-load',
      'examples-first-run',
    ]);
  });

  it('reports unimplemented scenarios as not measured, naming the capability', async () => {
    const unimplemented = SCENARIOS.filter((scenario) => scenario.run === undefined);
    const outcomes = await runScenarios(unimplemented, context);
    expect(outcomes).toHaveLength(2);
    for (const outcome of outcomes) {
      expect(outcome.kind).toBe('not-measured');
      expect(scenarioVerdict(outcome)).toBe('not measured');
      if (outcome.kind === 'not-measured')
        expect(outcome.reason).toBe(`needs ${outcome.scenario.capability}`);
    }
  });

  it('selects one scenario with --only and refuses an unknown one', () => {
    expect(selectScenarios('S').map((scenario) => scenario.id)).toEqual(['S']);
    expect(selectScenarios(undefined)).toBe(SCENARIOS);
    expect(() => selectScenarios('nope')).toThrow(UnknownScenarioError);
  });
});

describe('runScenarios', () => {
  it('records a scenario that throws as failed and still runs the next one', async () => {
    const outcomes = await runScenarios(
      [
        scenarioFixture({ id: 'broken', run: () => Promise.reject(new TypeError('boom')) }),
        scenarioFixture({ id: 'fine' }),
      ],
      context,
    );
    expect(outcomes.map((outcome) => [outcome.scenario.id, outcome.kind])).toEqual([
      ['broken', 'failed'],
      ['fine', 'measured'],
    ]);
    expect(outcomes[0]).toMatchObject({ error: 'TypeError: boom' });
  });
});
