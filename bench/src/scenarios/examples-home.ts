import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { OutputTail } from '../output-tail.js';
import { randomSecretKey, SERVER_CLI } from '../product-server.js';
import { childEnv } from '../server-launcher.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The built `superset` CLI. */
export const CLI_PATH = join(REPO_ROOT, SERVER_CLI);

/** The built web app, which the first-run scenario draws a dashboard with. */
const WEB_INDEX = join(REPO_ROOT, 'packages', 'web', 'dist', 'index.html');

/** Thrown when a CLI step of the examples scenarios fails. */
export class ExamplesCliError extends Error {
  override readonly name = 'ExamplesCliError';
}

/** A fresh SUPERSET_HOME (embedded default) and the environment to run the CLI over it. */
export interface FreshHome {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly remove: () => Promise<void>;
}

/**
 * An empty SUPERSET_HOME, as on a fresh clone; `extra` adds variables (a secret key, an
 * examples URI). Refuses to start when the server or the web app was not built.
 */
export async function freshHome(extra: Readonly<Record<string, string>> = {}): Promise<FreshHome> {
  for (const path of [CLI_PATH, WEB_INDEX]) {
    if (!existsSync(path)) throw new ExamplesCliError(`${path} is missing: run \`npm run build\``);
  }
  const dir = await mkdtemp(join(tmpdir(), 'superset-bench-examples-'));
  return {
    dir,
    env: childEnv({ SUPERSET_HOME: dir, ...extra }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A finished CLI command: its wall time and the end of what it printed. */
export interface CliRun {
  readonly ms: number;
  readonly output: string;
}

/** Runs `superset <args>` over `home` to completion, timing it. */
export function runCli(
  home: FreshHome,
  args: readonly string[],
  timeoutMs: number,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: home.dir,
      env: home.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = new OutputTail([child.stdout, child.stderr], 64 * 1024);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const elapsed = performance.now() - startedAt;
      if (code === 0) resolve({ ms: elapsed, output: String(output) });
      else
        reject(
          new ExamplesCliError(
            `superset ${args.join(' ')} failed (${code ?? signal}) after ${Math.round(elapsed)} ms:\n${String(output)}`,
          ),
        );
    });
  });
}

/** What `superset load_examples` needs before it runs: the schema, an admin and the roles. */
export async function prepareForLoad(home: FreshHome): Promise<void> {
  home.env.SUPERSET_SECRET_KEY ??= randomSecretKey();
  await runCli(home, ['db', 'upgrade'], 120_000);
  await runCli(
    home,
    [
      ...['fab', 'create-admin', '--username', 'admin', '--password', randomSecretKey()],
      ...['--firstname', 'Bench', '--lastname', 'Admin', '--email', 'bench@localhost'],
    ],
    60_000,
  );
  await runCli(home, ['init'], 60_000);
}
