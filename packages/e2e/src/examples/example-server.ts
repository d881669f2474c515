import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI_PATH,
  assertBuilt,
  findFreePort,
  isolatedEnv,
  waitForHealth,
  type StartedServer,
} from '../superset-server.js';

/**
 * A SUPERSET_HOME of its own (embedded default: SQLite metadata, DuckDB examples), apart from
 * the suite's shared server, whose metadata database the other specs expect free of examples.
 */
export interface ExampleHome {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

/** A server spawned over an example home, with everything it printed. */
export interface ExampleServer extends StartedServer {
  baseUrl: string;
  /** Stops it (SIGTERM, then SIGKILL after 10 s) and waits until it exited. */
  stop(): Promise<void>;
}

/** A fresh, empty SUPERSET_HOME, as on a fresh clone (no secret key, no config). */
export function createExampleHome(): ExampleHome {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'superset-e2e-examples-'));
  return {
    dir,
    env: isolatedEnv({ SUPERSET_HOME: dir }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs one CLI command to completion and gives what it printed; throws when it fails. */
export function runCliOutput(args: string[], home: ExampleHome, timeoutMs: number): string {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: home.dir,
    env: home.env,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(
      `superset ${args.join(' ')} failed (exit ${String(result.status)}):\n${output}`,
    );
  }
  return output;
}

/**
 * Spawns `superset <command> -p <free port> --host 127.0.0.1` over `home` and waits until
 * /health answers; `healthTimeoutMs` covers what the command does first (the quickstart loads
 * the examples before it listens).
 */
export async function startExampleServer(
  command: 'quickstart' | 'run',
  home: ExampleHome,
  healthTimeoutMs: number,
): Promise<ExampleServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [CLI_PATH, command, '-p', String(port), '--host', '127.0.0.1'],
    { cwd: home.dir, env: home.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ExampleServer = {
    child,
    baseUrl,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  try {
    await waitForHealth(baseUrl, server, healthTimeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
