import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';

/**
 * `superset load_examples` / `load-examples`. The example datasets, charts and dashboards
 * arrive with the examples capability; until then the command says so plainly and changes
 * nothing, so scripts written for Superset keep working.
 */
export function registerLoadExamplesCommand(program: Command, context: CliContext): void {
  program
    .command('load-examples')
    .alias('load_examples')
    .description('Load example datasets, charts and dashboards into the examples database')
    .option('-t, --load-test-data', 'also load data used by tests')
    .option('-b, --load-big-data', 'also load the large fact table')
    .option('-m, --only-metadata', 'recreate charts and dashboards only')
    .option('-f, --force', 'reload data that is already there')
    .action(() => {
      context.print('No example data ships with this build yet: nothing was loaded or changed.');
      context.print(
        'The examples capability adds the datasets, charts and dashboards to this command.',
      );
    });
}
