import { rmSync } from 'node:fs';
import { E2E_ENV } from './e2e-env.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server global-setup started (by its pid) and removes its SUPERSET_HOME. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env[E2E_ENV.serverPid]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (isRunning(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  }
  const home = process.env[E2E_ENV.homeDir];
  if (home) rmSync(home, { recursive: true, force: true });
}
