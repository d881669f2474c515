import { readFile } from 'node:fs/promises';

/** Thrown when a process's resident memory cannot be read. */
export class ProcessMemoryError extends Error {
  override readonly name = 'ProcessMemoryError';
}

const KIB_PER_MIB = 1024;

/** The `VmRSS` line of a `/proc/<pid>/status` text, in KiB. */
export function parseVmRssKiB(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText);
  if (match?.[1] === undefined) throw new ProcessMemoryError('no VmRSS line in the process status');
  return Number(match[1]);
}

/** Resident set size of a running process in MiB, from `/proc/<pid>/status` (Linux only). */
export async function readRssMiB(pid: number): Promise<number> {
  let statusText: string;
  try {
    statusText = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch (error) {
    throw new ProcessMemoryError(`cannot read /proc/${pid}/status: ${String(error)}`);
  }
  return parseVmRssKiB(statusText) / KIB_PER_MIB;
}
