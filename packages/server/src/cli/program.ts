import { Command } from 'commander';
import { readProductVersion } from '../server/version.js';
import type { CliContext } from './cli-context.js';
import { registerCreateAdminCommands } from './commands/create-admin.command.js';
import { registerDbCommands } from './commands/db.command.js';
import { registerInitCommand } from './commands/init.command.js';
import { registerLoadExamplesCommand } from './commands/load-examples.command.js';
import { registerQuickstartCommand } from './commands/quickstart.command.js';
import { registerReEncryptSecretsCommand } from './commands/re-encrypt-secrets.command.js';
import { registerRunCommand } from './commands/run.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerVersionCommand } from './commands/version.command.js';

/** Builds the `superset` command tree; exported so tests can drive it in-process. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('superset')
    .description('Superset.ts: the Apache Superset BI platform in TypeScript')
    .version(readProductVersion(), '--version', 'print the version')
    .showHelpAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerDbCommands(program, context);
  registerCreateAdminCommands(program, context);
  registerInitCommand(program, context);
  registerLoadExamplesCommand(program, context);
  registerRunCommand(program, context);
  registerServeCommand(program, context);
  registerQuickstartCommand(program, context);
  registerReEncryptSecretsCommand(program, context);
  registerVersionCommand(program, context);
  return program;
}
