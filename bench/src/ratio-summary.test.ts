import { describe, expect, it } from 'vitest';
import type { Measurement } from './measurement.js';
import { checkedMeasurement, measurement, pairedRatio } from './measurement.js';
import { RATIO_DEFINITIONS, renderRatioTable, summarizeRatios } from './ratio-summary.js';
import { RATIO_IDS } from './ratios.js';
import { notMeasuredOutcome, runFixture, scenarioFixture } from './run-summary-fixtures.js';
import { SCENARIOS } from './scenario-registry.js';
import type { ScenarioOutcome } from './scenario-types.js';
import { renderSummary } from './summary-markdown.js';

function measured(id: string, measurements: readonly Measurement[]): ScenarioOutcome {
  return {
    kind: 'measured',
    scenario: scenarioFixture({ id, title: `Scenario ${id}` }),
    measurements,
    durationMs: 1000,
  };
}

const lower = (limit: number, ratio: (typeof RATIO_IDS)[number]) =>
  ({ limit, direction: 'lower-is-better', ratio }) as const;

/**
 * A run where R1 misses once (and M measured no R1), R2 passes on U and M, R4 passes with
 * S-arrow missing, R5 waits for A, R3's scenario failed.
 */
const OUTCOMES: ScenarioOutcome[] = [
  measured('U', [
    measurement('U', 'top-n c=1: API', 'ms', [130, 131]),
    pairedRatio('U', 'top-n c=1: API / driver', [130, 131], [128, 129], lower(1.02, 'R1')),
    pairedRatio('U', 'raw c=1: API / driver', [300, 310], [100, 100], lower(2, 'R1')),
    pairedRatio('U', 'timeseries c=32: API / driver', [5, 5], [1, 1]),
  ]),
  measured('C', [
    pairedRatio('C', 'top-n c=1: API / floor', [0.3, 0.31], [0.3, 0.3], lower(1.2, 'R2')),
  ]),
  measured('M', [pairedRatio('M', 'Q03 c=1: API cached / floor', [0.3], [0.29], lower(1.2, 'R2'))]),
  measured('S', [
    checkedMeasurement('S', 'CSV / COPY', 'ms', [0.95, 0.97], {
      limit: 0.9,
      direction: 'higher-is-better',
      ratio: 'R4',
    }),
  ]),
  notMeasuredOutcome('S-arrow', 'an Arrow result format for SQL Lab results'),
  notMeasuredOutcome('A', 'async queries on workers with event push'),
  { kind: 'failed', scenario: scenarioFixture({ id: 'D-cold' }), error: 'boom' },
];

describe('summarizeRatios', () => {
  const rows = summarizeRatios(OUTCOMES);
  const row = (id: string) => rows.find((candidate) => candidate.definition.id === id);

  it('has one row per design ratio, in order', () => {
    expect(rows.map((r) => r.definition.id)).toEqual([...RATIO_IDS]);
  });

  it('misses a ratio when any of its checks misses, naming the worst', () => {
    expect(row('R1')).toMatchObject({ verdict: 'miss', checks: 2, passed: 1 });
    expect(row('R1')?.gaps).toEqual(['M: ran, but no check holds this ratio']);
    // 3.05x against ≤ 2 is further off than 1.02x against ≤ 1.02.
    expect(row('R1')?.worst?.metric).toBe('raw c=1: API / driver');
  });

  it('passes a ratio only when all its checks pass; a check without the tag does not count', () => {
    expect(row('R2')).toMatchObject({ verdict: 'pass', checks: 2, passed: 2, gaps: [] });
  });

  it('never passes a ratio no check holds, and says what it waits for', () => {
    expect(row('R5')?.verdict).toBe('not measured');
    expect(row('R5')?.gaps).toEqual([
      'A: waits for async queries on workers with event push (not built)',
    ]);
    expect(row('R3')?.gaps).toEqual(['D-cold: failed', 'D-filter: not in this run']);
    expect(row('R7')?.gaps).toEqual(['E: not in this run']);
  });

  it('marks a passing ratio with a scenario missing as partly measured', () => {
    expect(row('R4')).toMatchObject({ verdict: 'pass', checks: 1 });
    expect(row('R4')?.gaps).toEqual([
      'S-arrow: waits for an Arrow result format for SQL Lab results (not built)',
    ]);
  });
});

describe('renderRatioTable', () => {
  it('renders the rows with targets, worst values and verdicts', () => {
    const text = renderRatioTable(summarizeRatios(OUTCOMES));
    const lines = text.split('\n');
    expect(lines[0]).toBe('| Ratio | Definition | Target | Measured | Verdict |');
    expect(lines).toHaveLength(2 + RATIO_IDS.length);
    expect(text).toContain(
      '| 2 checks, 1 pass; worst: U raw c=1: API / driver = 3.05x (≤ 2); M: ran, but no check holds this ratio | **miss** (1 of 2) |',
    );
    expect(text).toMatch(/\| R2 \| .* \| 2 checks, 2 pass; worst: M Q03 .* \| pass \|$/m);
    expect(text).toMatch(/\| R6 \| .* \| X: not in this run \| not measured \|$/m);
    expect(text).toMatch(/\| R4 \| .*S-arrow: waits for .* \| pass \(partly measured\) \|$/m);
    expect(text).toMatch(
      /\| R5 \| async: .* \| ≤ 5 ms p50 added \| A: waits for .* \| not measured \|$/m,
    );
  });

  it('sits before the measured table in the summary, and never says pass for an empty run', () => {
    const text = renderSummary(runFixture([]));
    expect(text.indexOf('### Ratios (R1-R7)')).toBeLessThan(text.indexOf('### Measured'));
    const ratios = text.slice(text.indexOf('### Ratios'), text.indexOf('### Measured'));
    expect(ratios.match(/\| not measured \|/g)).toHaveLength(RATIO_IDS.length);
    expect(ratios).not.toMatch(/\| pass/);
  });
});

describe('RATIO_DEFINITIONS', () => {
  it('names only scenarios the registry has', () => {
    const ids = new Set(SCENARIOS.map((scenario) => scenario.id));
    for (const definition of Object.values(RATIO_DEFINITIONS)) {
      for (const scenario of definition.scenarios) expect(ids).toContain(scenario);
    }
  });
});
