import { parseArgs } from 'node:util';

/** What `npm run bench -- <args>` asked for. */
export interface CliArgs {
  readonly quick: boolean;
  readonly only: string | undefined;
  readonly help: boolean;
}

/** Thrown for arguments the harness does not understand. */
export class CliArgsError extends Error {
  override readonly name = 'CliArgsError';
}

/** The usage text printed by `--help` and after a bad argument. */
export const USAGE = `Usage: npm run bench -- [--quick] [--only <scenario>]

  --quick            fewer samples and shorter waits (a look, not a baseline)
  --only <scenario>  run one scenario; docs/benchmarks.md is then left as it was
  --help             this text`;

/** Parses the harness's command-line arguments. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { quick: values.quick, only: values.only, help: values.help };
  } catch (error) {
    throw new CliArgsError(error instanceof Error ? error.message : String(error));
  }
}
