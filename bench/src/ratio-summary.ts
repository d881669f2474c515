import { formatValue } from './format-units.js';
import type { Measurement, MeasurementUnit } from './measurement.js';
import type { RatioId, RatioTarget } from './ratios.js';
import { formatTarget, RATIO_IDS } from './ratios.js';
import type { ScenarioOutcome } from './scenario-types.js';

/** One of the design's ratios: what it compares, its target, and which scenarios measure it. */
export interface RatioDefinition {
  readonly id: RatioId;
  /** performance.md §5.6, in a few words. */
  readonly definition: string;
  /** performance.md §5.7, in a few words. */
  readonly target: string;
  /** Ids of the scenarios whose checks carry this ratio. */
  readonly scenarios: readonly string[];
}

/**
 * The design's ratios R1-R7 (performance.md §5.6-5.7), the one source of their wording in
 * the report. Which checks belong to a ratio is said by the checks themselves
 * (`RatioTarget.ratio`); `scenarios` only names who should have measured one that is missing.
 */
export const RATIO_DEFINITIONS: Readonly<Record<RatioId, RatioDefinition>> = {
  R1: {
    id: 'R1',
    definition:
      "overhead: uncached API p50 / the database's own time (pgbench) for the same SQL (U; mysql2 on MariaDB, M)",
    target:
      'aggregated ≤ 1.02x (≥ 100 ms queries), +≤ 0.5 ms p50; ≥ 0.95x pgbench throughput at c=8; raw 100k rows ≤ 2.0x',
    scenarios: ['U', 'M'],
  },
  R2: {
    id: 'R2',
    definition:
      'cached: cached API p50 / (Redis GET + node:http) p50 at the same size (C, c=1; M on MariaDB)',
    target: '≤ 1.2x at c=1 for every size; ≥ 0.8x floor throughput at c=8/64',
    scenarios: ['C', 'M'],
  },
  R3: {
    id: 'R3',
    definition:
      'dashboard: cold 12-chart wall time / concurrent-SQL floor (D-cold; D-filter after a filter change)',
    target: '≤ 1.10x with 12 in flight; ≤ 1.15x with 6',
    scenarios: ['D-cold', 'D-filter'],
  },
  R3w: {
    id: 'R3w',
    definition: 'warm dashboard: whole page (3 metadata + 12 cached charts), wall time (D-warm)',
    target: '≤ 15 ms p50 at c=1; ≤ 5 ms with all 12 in flight',
    scenarios: ['D-warm'],
  },
  R4: {
    id: 'R4',
    definition: 'streaming: end-to-end rows/s / COPY-into-Node rows/s (S, S-arrow)',
    target: 'CSV ≥ 0.9x, Arrow ≥ 0.8x, JSON ≥ 0.5x the COPY floor; all ≥ 1.5x the stock driver',
    scenarios: ['S', 'S-arrow'],
  },
  R5: {
    id: 'R5',
    definition: 'async: async p50 − sync p50 (A)',
    target: '≤ 5 ms p50 added',
    scenarios: ['A'],
  },
  R6: {
    id: 'R6',
    definition: 'coalescing: DB executions for 64 identical uncached requests at once (X)',
    target: 'exactly 1 execution; p99 ≤ floor + 5 ms',
    scenarios: ['X'],
  },
  R7: {
    id: 'R7',
    definition: 'efficiency: server CPU-ms per request, cached and uncached (E)',
    target: 'cached ≤ 0.1 CPU-ms (≤ 10 KB); uncached aggregated ≤ 0.3 CPU-ms (app process)',
    scenarios: ['E'],
  },
};

/** A ratio's verdict over a run: `not measured` never counts as passing. */
export type RatioSummaryVerdict = 'pass' | 'miss' | 'not measured';

/** The check furthest from its target. */
export interface WorstCheck {
  readonly scenario: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: MeasurementUnit;
  readonly target: RatioTarget;
}

/** One row of the ratio table. */
export interface RatioSummaryRow {
  readonly definition: RatioDefinition;
  readonly checks: number;
  readonly passed: number;
  readonly worst: WorstCheck | undefined;
  readonly verdict: RatioSummaryVerdict;
  /** Why the ratio's scenarios that left no check did not: `A: needs async queries ...`. */
  readonly gaps: readonly string[];
}

/**
 * How far a value is from its target, as a factor: above 1 misses, and the larger, the
 * worse; it compares checks of one ratio held to different limits (1.02x and 2.0x).
 */
function shortfall(value: number, target: RatioTarget): number {
  if (target.direction === 'lower-is-better') {
    return target.limit === 0 ? (value === 0 ? 0 : Infinity) : value / target.limit;
  }
  return value === 0 ? Infinity : target.limit / value;
}

/** Why one of a ratio's scenarios left no check in this run. */
function gapOf(scenarioId: string, outcomes: readonly ScenarioOutcome[]): string {
  const outcome = outcomes.find((candidate) => candidate.scenario.id === scenarioId);
  if (outcome === undefined) return `${scenarioId}: not in this run`;
  switch (outcome.kind) {
    case 'not-measured':
      return `${scenarioId}: waits for ${outcome.scenario.capability} (not built)`;
    case 'failed':
      return `${scenarioId}: failed`;
    case 'measured':
      return `${scenarioId}: ran, but no check holds this ratio`;
  }
}

/** The measurements of a run held to a target of `id`. */
function checksOf(outcomes: readonly ScenarioOutcome[], id: RatioId): Measurement[] {
  return outcomes.flatMap((outcome) =>
    outcome.kind === 'measured'
      ? outcome.measurements.filter((m) => m.check?.target?.ratio === id)
      : [],
  );
}

/** One row per design ratio, in the design's order (R1, R2, R3, R3w, ... R7). */
export function summarizeRatios(outcomes: readonly ScenarioOutcome[]): RatioSummaryRow[] {
  return RATIO_IDS.map((id) => {
    const definition = RATIO_DEFINITIONS[id];
    const checks = checksOf(outcomes, id);
    const withChecks = new Set(checks.map((m) => m.scenario));
    const gaps = definition.scenarios
      .filter((scenarioId) => !withChecks.has(scenarioId))
      .map((scenarioId) => gapOf(scenarioId, outcomes));
    const passed = checks.filter((m) => m.check?.verdict === 'pass').length;
    let worst: WorstCheck | undefined;
    let worstShortfall = -Infinity;
    for (const m of checks) {
      const target = m.check?.target;
      if (target === undefined) continue;
      const value = m.stats.median;
      const candidate = shortfall(value, target);
      if (candidate > worstShortfall) {
        worstShortfall = candidate;
        worst = { scenario: m.scenario, metric: m.metric, value, unit: m.unit, target };
      }
    }
    const verdict: RatioSummaryVerdict =
      checks.length === 0 ? 'not measured' : passed === checks.length ? 'pass' : 'miss';
    return { definition, checks: checks.length, passed, worst, verdict, gaps };
  });
}

/** The ratio table as Markdown, one row per ratio; `|` in metric names is escaped. */
export function renderRatioTable(rows: readonly RatioSummaryRow[]): string {
  return [
    '| Ratio | Definition | Target | Measured | Verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.definition.id} | ${cell(row.definition.definition)} | ${cell(row.definition.target)} | ${cell(measuredText(row))} | ${cell(verdictText(row))} |`,
    ),
  ].join('\n');
}

function measuredText(row: RatioSummaryRow): string {
  const parts: string[] = [];
  if (row.checks > 0) {
    const checks = `${row.checks} check${row.checks === 1 ? '' : 's'}, ${row.passed} pass`;
    const worst =
      row.worst === undefined
        ? ''
        : `; worst: ${row.worst.scenario} ${row.worst.metric} = ${formatValue(row.worst.value, row.worst.unit)} (${formatTarget(row.worst.target)})`;
    parts.push(checks + worst);
  }
  parts.push(...row.gaps);
  return parts.join('; ');
}

function verdictText(row: RatioSummaryRow): string {
  switch (row.verdict) {
    case 'pass':
      return row.gaps.length === 0 ? 'pass' : 'pass (partly measured)';
    case 'miss':
      return `**miss** (${row.checks - row.passed} of ${row.checks})`;
    case 'not measured':
      return 'not measured';
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
