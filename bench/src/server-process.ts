import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from './free-port.js';
import { probeHealth } from './health-probe.js';
import { OutputTail } from './output-tail.js';
import type { ServerLauncher } from './server-launcher.js';

/** Thrown when a server exits, or does not answer `/health` with 200 in time. */
export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
}

/** A server that answered `GET /health` with 200. */
export interface StartedServer {
  readonly pid: number;
  readonly port: number;
  /** From just before the spawn to the first 200 on `/health`, in ms. */
  readonly readyAfterMs: number;
  /** Stops the server and every process it started, and waits until it has exited. */
  readonly stop: () => Promise<void>;
}

/** How the harness waits for a server. */
export interface StartOptions {
  readonly pollIntervalMs?: number;
  readonly timeoutMs?: number;
}

const STOP_GRACE_MS = 10_000;

/** Servers started and not yet stopped, killed if the harness itself is interrupted. */
const running = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Spawns `node <args>` on a free port and polls `GET /health` every `pollIntervalMs`
 * until it answers 200. The child leads its own process group, so stopping it also stops
 * anything it forked.
 */
export async function startServer(
  launcher: ServerLauncher,
  { pollIntervalMs = 10, timeoutMs = 60_000 }: StartOptions = {},
): Promise<StartedServer> {
  const port = await findFreePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, launcher.argsFor(port), {
    cwd: launcher.cwd,
    env: launcher.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output = new OutputTail([child.stdout, child.stderr]);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  }).then(() => running.delete(child));
  const stop = () => stopChild(child, exited);

  try {
    for (;;) {
      if (spawnError !== undefined) {
        throw new ServerStartError(`cannot start ${launcher.name} server: ${spawnError.message}`);
      }
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new ServerStartError(
          `${launcher.name} server exited (${child.exitCode ?? child.signalCode}) before answering /health:\n${String(output)}`,
        );
      }
      if (performance.now() - startedAt > timeoutMs) {
        throw new ServerStartError(
          `${launcher.name} server did not answer /health with 200 within ${timeoutMs} ms:\n${String(output)}`,
        );
      }
      if ((await probeHealth(port)) === 200) {
        const readyAfterMs = performance.now() - startedAt;
        if (child.pid === undefined)
          throw new ServerStartError(`${launcher.name} server has no pid`);
        return { pid: child.pid, port, readyAfterMs, stop };
      }
      await sleep(pollIntervalMs);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    killGroup(child, 'SIGTERM');
    const graceful = await Promise.race([
      exited.then(() => true),
      sleep(STOP_GRACE_MS, false, { ref: false }),
    ]);
    if (!graceful) killGroup(child, 'SIGKILL');
  }
  await exited;
  // Anything the server forked and left behind goes with it, so samples never overlap.
  killGroup(child, 'SIGKILL');
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone: nothing left to stop.
  }
}
