import type { Command } from 'commander';
import type { Config } from '../../config/index.js';
import { assertSchemaIsCurrent, type MetadataDb } from '../../db/index.js';
import { loadExamples, type LoadExamplesSummary } from '../../examples/load-examples.js';
import { createTerminalProgress } from '../../examples/terminal-progress.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';
import { parsePositiveInteger } from '../parse-port.js';

interface LoadExamplesFlags {
  force?: boolean;
  onlyMetadata?: boolean;
  bigTableRows?: number;
}

function describeSummary(summary: LoadExamplesSummary): string {
  const loaded = summary.tables.filter((t) => t.status === 'loaded').length;
  const { created, updated } = summary.metadata;
  const objects = (counts: typeof created) =>
    `${counts.datasets} datasets, ${counts.charts} charts, ${counts.dashboards} dashboards`;
  return `Examples loaded: ${loaded} of ${summary.tables.length} tables (re)loaded; created ${objects(created)}; updated ${objects(updated)}.`;
}

/**
 * Loads the examples with the CLI's progress (bars on a terminal) into a migrated metadata
 * database; prints what changed. Shared by `load_examples` and `quickstart`.
 */
export async function runLoadExamples(
  context: CliContext,
  config: Config,
  metadataDb: MetadataDb,
  flags: LoadExamplesFlags,
): Promise<LoadExamplesSummary> {
  await assertSchemaIsCurrent(metadataDb);
  const progress = createTerminalProgress({
    note: context.note,
    terminal: context.terminal ?? null,
  });
  const summary = await loadExamples(
    config,
    metadataDb,
    {
      force: flags.force ?? false,
      onlyMetadata: flags.onlyMetadata ?? false,
      ...(flags.bigTableRows === undefined ? {} : { bigTableRows: flags.bigTableRows }),
      cwd: context.cwd,
    },
    progress,
  );
  if (!summary.isUnchanged) context.print(describeSummary(summary));
  return summary;
}

/**
 * `superset load_examples` / `load-examples`: generated example data (never downloaded) into
 * SQLALCHEMY_EXAMPLES_URI, then the example datasets, charts and dashboards. A second run
 * changes nothing; a failure leaves no half-loaded table and exits non-zero.
 */
export function registerLoadExamplesCommand(program: Command, context: CliContext): void {
  program
    .command('load-examples')
    .alias('load_examples')
    .description(
      'Load example datasets, charts and dashboards into the examples database (SQLALCHEMY_EXAMPLES_URI)',
    )
    .option('-f, --force', 'reload every example table and restore every example object')
    .option('-m, --only-metadata', 'leave the data alone; recreate datasets, charts and dashboards')
    .option('-t, --load-test-data', 'accepted for Superset compatibility; no effect')
    .option(
      '-b, --load-big-data',
      'accepted for Superset compatibility; the large taxi_trips table is always loaded',
    )
    .option(
      '--big-table-rows <rows>',
      'rows of taxi_trips (default: a few million; fewer for a quick try)',
      parsePositiveInteger,
    )
    .action(async (flags: LoadExamplesFlags) => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, (metadataDb) =>
        runLoadExamples(context, config, metadataDb, flags),
      );
    });
}
