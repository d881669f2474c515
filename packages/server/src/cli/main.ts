import type { CliContext } from './cli-context.js';
import { formatCliError } from './cli-errors.js';
import { buildProgram } from './program.js';

// The composition root: the only place that reads the process environment.
const context: CliContext = {
  env: process.env,
  cwd: process.cwd(),
  print: (line) => process.stdout.write(`${line}\n`),
  note: (line) => process.stderr.write(`${line}\n`),
  terminal: process.stderr.isTTY
    ? { write: (text) => process.stderr.write(text), columns: process.stderr.columns || 80 }
    : null,
};

buildProgram(context)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`${formatCliError(error, context.env.SUPERSET_CLI_DEBUG === '1')}\n`);
    process.exitCode = 1;
  });
