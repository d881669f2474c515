import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CliArgsError, parseCliArgs, USAGE } from './cli-args.js';
import { formatValue } from './format-units.js';
import { readGitInfo } from './git-info.js';
import { readMachineInfo } from './machine-info.js';
import type { PreparedProduct } from './product-server.js';
import { prepareProduct } from './product-server.js';
import { writeReport } from './report-writer.js';
import { writeResults } from './results-writer.js';
import type { RunSummary } from './run-summary.js';
import { selectScenarios, UnknownScenarioError } from './scenario-registry.js';
import { runScenarios } from './scenario-runner.js';
import type { ScenarioContext, ScenarioOutcome } from './scenario-types.js';
import { scenarioVerdict } from './scenario-verdict.js';
import { renderSummary } from './summary-markdown.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
const REPORT_PATH = join(REPO_ROOT, 'docs', 'benchmarks.md');

const clock = performance.now();
function log(message: string): void {
  console.log(`[bench +${((performance.now() - clock) / 1000).toFixed(1)}s] ${message}`);
}

/** Runs the benchmark and returns the process exit code: 1 when a scenario failed. */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const scenarios = selectScenarios(args.only);
  // Servers run in their own process groups; exiting (not dying) lets the harness kill them.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));

  const startedAt = new Date();
  const startedClock = performance.now();
  let product: Promise<PreparedProduct> | undefined;
  const context: ScenarioContext = {
    quick: args.quick,
    log,
    product: async () => {
      product ??= prepareProduct(REPO_ROOT, log);
      return (await product).launcher;
    },
  };

  let outcomes: ScenarioOutcome[];
  try {
    outcomes = await runScenarios(scenarios, context);
  } finally {
    await (await product?.catch(() => undefined))?.dispose();
  }

  const run: RunSummary = {
    startedAt,
    durationMs: performance.now() - startedClock,
    mode: args.quick ? 'quick' : 'full',
    git: readGitInfo(REPO_ROOT),
    machine: await readMachineInfo(),
    outcomes,
  };
  log(`results: ${await writeResults(RESULTS_DIR, run)}`);
  if (args.only === undefined) {
    await writeReport(REPORT_PATH, renderSummary(run));
    log(`summary: ${REPORT_PATH}`);
  } else {
    log('--only: docs/benchmarks.md left as it was (it shows whole runs)');
  }
  printOutcomes(outcomes);
  return outcomes.some((outcome) => outcome.kind === 'failed') ? 1 : 0;
}

function printOutcomes(outcomes: readonly ScenarioOutcome[]): void {
  for (const outcome of outcomes) {
    console.log(`${outcome.scenario.id}: ${scenarioVerdict(outcome)}`);
    if (outcome.kind === 'measured') {
      for (const m of outcome.measurements) {
        const median = formatValue(m.stats.median, m.unit);
        const p95 = formatValue(m.stats.p95, m.unit);
        console.log(`  ${m.metric}: median ${median}, p95 ${p95} (n=${m.stats.count})`);
      }
    } else if (outcome.kind === 'failed') {
      console.log(`  ${outcome.error}`);
    } else {
      console.log(`  ${outcome.reason}`);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliArgsError || error instanceof UnknownScenarioError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
