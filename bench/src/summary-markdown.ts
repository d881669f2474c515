import { formatDuration, formatValue } from './format-units.js';
import { formatGitInfo } from './git-info.js';
import type { Measurement } from './measurement.js';
import { renderRatioTable, summarizeRatios } from './ratio-summary.js';
import { formatTarget } from './ratios.js';
import type { RunSummary } from './run-summary.js';
import type { ScenarioOutcome } from './scenario-types.js';
import { scenarioVerdict } from './scenario-verdict.js';

/**
 * The summary of one run as Markdown: where and when it ran, the design's ratios R1-R7
 * with their targets and verdicts, one table of every measured metric, and a list of the
 * scenarios not measured, each naming the capability it needs.
 */
export function renderSummary(run: RunSummary): string {
  return [
    renderEnvironment(run),
    '### Ratios (R1-R7)',
    renderRatioTable(summarizeRatios(run.outcomes)),
    '### Measured',
    renderMeasuredTable(run.outcomes),
    ...renderFailed(run.outcomes),
    '### Not measured',
    renderNotMeasured(run.outcomes),
  ].join('\n\n');
}

function renderEnvironment(run: RunSummary): string {
  const { machine } = run;
  const mode =
    run.mode === 'quick' ? 'quick (`--quick`: fewer samples; a look, not a baseline)' : 'full';
  return [
    '| Run | |',
    '| --- | --- |',
    `| Date | ${run.startedAt.toISOString()} |`,
    `| Git | \`${formatGitInfo(run.git)}\` |`,
    `| Mode | ${mode} |`,
    `| Duration | ${formatDuration(run.durationMs)} |`,
    `| Machine | ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM |`,
    `| OS | ${machine.os} (${machine.kernel}) |`,
    `| Node | ${machine.node} (V8 ${machine.v8}) |`,
    `| PostgreSQL | ${machine.services.postgres} |`,
    `| MariaDB | ${machine.services.mariadb} |`,
    `| Redis | ${machine.services.redis} |`,
  ].join('\n');
}

function renderMeasuredTable(outcomes: readonly ScenarioOutcome[]): string {
  const rows = outcomes.flatMap((outcome) =>
    outcome.kind === 'measured' ? outcome.measurements.map(renderMeasurementRow) : [],
  );
  if (rows.length === 0) return '_No scenario was measured in this run._';
  return [
    '| Scenario | Metric | Median | p95 | Min | Max | Samples | Target | Verdict |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

function renderMeasurementRow(m: Measurement): string {
  const value = (x: number) => formatValue(x, m.unit);
  const target = m.check === undefined ? '—' : formatTarget(m.check.target);
  const verdict = m.check?.verdict ?? '—';
  return `| ${m.scenario} | ${m.metric} | ${value(m.stats.median)} | ${value(m.stats.p95)} | ${value(m.stats.min)} | ${value(m.stats.max)} | ${m.stats.count} | ${target} | ${verdict} |`;
}

function renderFailed(outcomes: readonly ScenarioOutcome[]): string[] {
  const lines = outcomes.flatMap((outcome) =>
    outcome.kind === 'failed'
      ? [
          `- \`${outcome.scenario.id}\` ${outcome.scenario.title}: **${scenarioVerdict(outcome)}**: ${firstLine(outcome.error)}`,
        ]
      : [],
  );
  return lines.length === 0 ? [] : ['### Failed', lines.join('\n')];
}

function renderNotMeasured(outcomes: readonly ScenarioOutcome[]): string {
  const lines = outcomes.flatMap((outcome) =>
    outcome.kind === 'not-measured'
      ? [
          `- \`${outcome.scenario.id}\` ${outcome.scenario.title}: ${scenarioVerdict(outcome)} (${outcome.reason})`,
        ]
      : [],
  );
  return lines.length === 0 ? '_Every scenario was measured._' : lines.join('\n');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
