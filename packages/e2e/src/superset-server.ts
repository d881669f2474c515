import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The checkout's root, two folders above this package's src. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The built `superset` CLI; SUPERSET_E2E_CLI points the tests at another entry script. */
export const CLI_PATH =
  process.env.SUPERSET_E2E_CLI ??
  fileURLToPath(new URL('../../server/dist/cli/main.js', import.meta.url));
export const WEB_INDEX_PATH = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

/** Stops early, naming the build command, when something the tests need was not built. */
export function assertBuilt(): void {
  const missing = [
    existsSync(WEB_INDEX_PATH)
      ? null
      : `the web app (${WEB_INDEX_PATH}): npm run build -w @superset-ts/web`,
    existsSync(CLI_PATH)
      ? null
      : `the server CLI (${CLI_PATH}): npx tsc -b packages/server/tsconfig.build.json`,
  ].filter((line): line is string => line !== null);
  if (missing.length > 0) {
    throw new Error(
      `Build before running the browser tests. Missing:\n  - ${missing.join('\n  - ')}`,
    );
  }
}

/** The process environment without SUPERSET_* variables of the caller, plus `extra`. */
export function isolatedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('SUPERSET_') || key === 'SUPERSET_CLI_DEBUG') env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs one CLI command to completion; throws with its output when it fails. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): void {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `superset ${args[0] ?? ''} failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A started server and everything it printed so far, for error messages. */
export interface StartedServer {
  child: ChildProcess;
  output: () => string;
}

/** Spawns `superset run` in the background and collects its output. */
export function spawnServer(port: number, env: NodeJS.ProcessEnv, cwd: string): StartedServer {
  const child = spawn(
    process.execPath,
    [CLI_PATH, 'run', '-p', String(port), '--host', '127.0.0.1'],
    { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

/** Polls GET /health until it answers 200 "OK", the process exits or the time is up. */
export async function waitForHealth(
  baseUrl: string,
  server: StartedServer,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(
        `The server exited (code ${server.child.exitCode}) before it was healthy:\n${server.output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      const text = await response.text();
      if (response.status === 200 && text.trim() === 'OK') return;
      lastProblem = `HTTP ${response.status}: ${text.slice(0, 200)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The server was not healthy after ${timeoutMs / 1000} s (${lastProblem}). Its output:\n${server.output()}`,
  );
}
