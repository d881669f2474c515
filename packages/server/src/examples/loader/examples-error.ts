/** Why loading the examples stopped; each code is stable for scripts and docs. */
export type ExamplesErrorCode =
  | 'EXAMPLES_DATABASE_UNREACHABLE'
  | 'EXAMPLES_DATABASE_UNSUPPORTED'
  | 'EXAMPLES_TABLE_LOAD_FAILED'
  | 'EXAMPLES_NO_ADMIN'
  | 'EXAMPLES_API_FAILED';

/** A failure of `load_examples` with a message written for the user (never a password). */
export class ExamplesError extends Error {
  constructor(
    readonly code: ExamplesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExamplesError';
  }
}
