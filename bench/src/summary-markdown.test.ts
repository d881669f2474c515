import { describe, expect, it } from 'vitest';
import {
  measuredOutcome,
  notMeasuredOutcome,
  runFixture,
  scenarioFixture,
} from './run-summary-fixtures.js';
import { scenarioVerdict } from './scenario-verdict.js';
import { renderSummary } from './summary-markdown.js';

describe('renderSummary', () => {
  it('states the machine, Node, OS, commit, date and duration of the run', () => {
    const text = renderSummary(runFixture([measuredOutcome()]));
    expect(text).toContain('Test CPU, 2 cores, 23.5 GiB RAM');
    expect(text).toContain('v20.20.2');
    expect(text).toContain('Debian GNU/Linux 12 (bookworm)');
    expect(text).toContain('ab1901b0c0ff (dirty)');
    expect(text).toContain('2026-11-23T20:31:05.123Z');
    expect(text).toContain('1 min 23 s');
  });

  it('puts every measured metric in the table with its unit', () => {
    const text = renderSummary(runFixture([measuredOutcome()]));
    expect(text).toContain(
      '| cold-start | product | 310.0 ms | 320.0 ms | 300.0 ms | 320.0 ms | 3 |',
    );
    expect(text).toMatch(/\| cold-start \| product \/ floor \| 7\.\d\dx .*\| — \| no target \|/);
  });

  it('shows the target and the verdict of a ratio that has one', () => {
    const text = renderSummary(
      runFixture([measuredOutcome({ limit: 5, direction: 'lower-is-better' })]),
    );
    expect(text).toMatch(/\| product \/ floor \| .* \| ≤ 5 \| miss \|/);
  });

  it('lists a scenario without its capability as not measured, never as passing', () => {
    const text = renderSummary(
      runFixture([measuredOutcome(), notMeasuredOutcome('X', 'single-flight')]),
    );
    const notMeasuredSection = text.slice(text.indexOf('### Not measured'));
    expect(notMeasuredSection).toContain('`X` Scenario X: not measured (needs single-flight)');
    expect(notMeasuredSection).not.toMatch(/pass/i);
    const table = text.slice(text.indexOf('### Measured'), text.indexOf('### Not measured'));
    expect(table).not.toContain('Scenario X');
  });

  it('lists failed scenarios with the first line of their error', () => {
    const text = renderSummary(
      runFixture([
        {
          kind: 'failed',
          scenario: scenarioFixture(),
          error: 'ProductSetupError: cannot build\nstack...',
        },
      ]),
    );
    expect(text).toContain('### Failed');
    expect(text).toContain('**failed**: ProductSetupError: cannot build');
    expect(text).not.toContain('stack...');
    expect(text).toContain('_No scenario was measured in this run._');
  });
});

describe('scenarioVerdict', () => {
  it('never calls a scenario that was not measured a pass', () => {
    expect(scenarioVerdict(notMeasuredOutcome())).toBe('not measured');
  });

  it('passes a measured scenario only when all its targets pass', () => {
    expect(scenarioVerdict(measuredOutcome({ limit: 100, direction: 'lower-is-better' }))).toBe(
      'pass',
    );
    expect(scenarioVerdict(measuredOutcome({ limit: 1, direction: 'lower-is-better' }))).toBe(
      'miss',
    );
    expect(scenarioVerdict(measuredOutcome())).toBe('measured');
  });
});
