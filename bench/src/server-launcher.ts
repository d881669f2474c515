/** How to start one kind of HTTP server (the product, or a floor) on a given port. */
export interface ServerLauncher {
  /** Short name for logs and errors: `product`, `floor`. */
  readonly name: string;
  /** Arguments to `node` that start the server listening on `port`. */
  readonly argsFor: (port: number) => readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/**
 * Variables that would change what a started server does or loads, inherited from whoever
 * ran the harness: a developer's NODE_OPTIONS or superset config must not leak into a run.
 */
const LEAKY_VARIABLES = /^(NODE_OPTIONS|NODE_ENV|SUPERSET_.*)$/;

/** The harness's environment without leaky variables, plus `overrides`. */
export function childEnv(overrides: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!LEAKY_VARIABLES.test(key)) env[key] = value;
  }
  return { ...env, ...overrides };
}
