import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { QueryOwner } from '../queries/query.record.js';

/** This process, as recorded on the queries it runs. */
export function currentQueryOwner(): QueryOwner {
  return { instance: randomUUID(), host: hostname(), pid: process.pid };
}

/** Whether a process with this id exists on this host (a signal-0 probe). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
