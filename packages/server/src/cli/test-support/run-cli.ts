import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
/** tsx's loader by absolute URL: the CLI runs in temp folders where `--import tsx` would not resolve. */
const TSX_LOADER = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs'),
).href;
/** The server's tsconfig maps sibling packages to their sources, so tests never run a stale build. */
const TSCONFIG = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

/** The result of one `superset` invocation. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `superset` CLI from source (through tsx) with the given environment and working directory. */
export function runCli(
  args: string[],
  options: { env: Record<string, string>; cwd: string; input?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(options.input ?? '');
  });
}

/** Starts the CLI as a long-running process (for `run`, `serve` and `quickstart`). */
export function spawnCli(
  args: string[],
  options: { env: Record<string, string>; cwd: string },
): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: TSCONFIG, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Polls `url` until it answers 200, or fails after `timeoutMs` with what the process printed. */
export async function waitForOk(
  url: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms. Output:\n${output()}`);
}

/** Resolves with the exit code once the process ends. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}
