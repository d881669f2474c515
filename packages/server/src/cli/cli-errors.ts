/** A problem with how a command was called, reported as one line without a stack. */
export class CliUsageError extends Error {
  readonly code = 'CLI_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/**
 * The one line a failed command prints. Typed errors already carry a message written for the
 * user; anything else is unexpected, so its stack is printed when SUPERSET_CLI_DEBUG asks.
 */
export function formatCliError(error: unknown, showStack: boolean): string {
  if (!(error instanceof Error)) return `Error: ${String(error)}`;
  const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
  const head = `Error${code}: ${error.message}`;
  return showStack && error.stack ? `${head}\n${error.stack}` : head;
}
