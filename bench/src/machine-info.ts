import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';

/** The machine a run was measured on: numbers are only comparable on the same one. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly kernel: string;
  readonly node: string;
  readonly v8: string;
}

const BYTES_PER_GIB = 1024 ** 3;

/** Reads the machine's CPU, memory, OS and Node versions. */
export function readMachineInfo(): MachineInfo {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / BYTES_PER_GIB) * 10) / 10,
    os: readOsName(),
    kernel: `${type()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
  };
}

/** `PRETTY_NAME` of an os-release file, e.g. `Debian GNU/Linux 12 (bookworm)`. */
export function parseOsReleaseName(osRelease: string): string | undefined {
  const match = /^PRETTY_NAME=(?:"([^"]*)"|(.*))$/m.exec(osRelease);
  return match?.[1] ?? match?.[2];
}

function readOsName(): string {
  try {
    return parseOsReleaseName(readFileSync('/etc/os-release', 'utf8')) ?? type();
  } catch {
    return type();
  }
}
