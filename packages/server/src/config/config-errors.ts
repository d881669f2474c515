/** One thing wrong with the configuration, in words a user can act on. */
export interface ConfigProblem {
  /** Key path, e.g. `ROW_LIMIT` or `CACHE_CONFIG.CACHE_TYPE`. */
  readonly key: string;
  /** What was received, already masked when the key holds a secret, e.g. `"abc" (string)`. */
  readonly received: string;
  /** What the key accepts, e.g. `a positive integer`. */
  readonly expected: string;
  /** Where the value came from when not the config module, e.g. `environment variable FLASK_DEBUG`. */
  readonly source: string | null;
}

/** Base class of configuration errors: each carries a stable `code`. */
export abstract class ConfigError extends Error {
  abstract readonly code: string;
}

/** The configuration holds values of the wrong shape; `problems` lists every one of them. */
export class ConfigValidationError extends ConfigError {
  readonly code = 'CONFIG_INVALID';

  constructor(
    readonly problems: readonly ConfigProblem[],
    readonly configSource: string | null,
  ) {
    super(formatProblems(problems, configSource));
    this.name = 'ConfigValidationError';
  }
}

/** The config module could not be found or read: a missing file, a throw on import, bad JSON. */
export class ConfigLoadError extends ConfigError {
  readonly code = 'CONFIG_LOAD_FAILED';

  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not load configuration from ${file}: ${reason}`, options);
    this.name = 'ConfigLoadError';
  }
}

/** A production server was asked to start with the default or a short SECRET_KEY. */
export class InsecureSecretKeyError extends ConfigError {
  readonly code = 'SECRET_KEY_INSECURE';

  constructor(message: string) {
    super(message);
    this.name = 'InsecureSecretKeyError';
  }
}

function formatProblems(problems: readonly ConfigProblem[], configSource: string | null): string {
  const where = configSource === null ? '' : ` (config module: ${configSource})`;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((problem) => {
    const origin = problem.source === null ? '' : ` (set by ${problem.source})`;
    return `  ${problem.key}: got ${problem.received}; expected ${problem.expected}${origin}`;
  });
  return [`Invalid configuration${where}, ${count}:`, ...lines].join('\n');
}
