import type { Command } from 'commander';
import { redactUri } from '../../db/index.js';
import { readProductVersion } from '../../server/version.js';
import { loadCliConfig, type CliContext } from '../cli-context.js';

/** `superset version [-v]`. */
export function registerVersionCommand(program: Command, context: CliContext): void {
  program
    .command('version')
    .description('Print the version (with -v, also the runtime, config file and metadata database)')
    .option('-v, --verbose', 'show more detail')
    .action(async (options: { verbose?: boolean }) => {
      context.print(`Superset.ts ${readProductVersion()}`);
      if (!options.verbose) return;
      const config = await loadCliConfig(context);
      context.print(`Node.js ${process.version}`);
      context.print(`Config: ${config.CONFIG_SOURCE ?? '(defaults, no superset_config found)'}`);
      context.print(`Metadata database: ${redactUri(config.SQLALCHEMY_DATABASE_URI)}`);
      context.print(`SUPERSET_HOME: ${config.DATA_DIR}`);
    });
}
