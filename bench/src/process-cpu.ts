import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** Thrown when a process's CPU time cannot be read. */
export class ProcessCpuError extends Error {
  override readonly name = 'ProcessCpuError';
}

/** The CPU fields of one `/proc/<pid>/stat` line, in clock ticks. */
export interface ProcStatCpu {
  readonly utime: number;
  readonly stime: number;
  /** User and system time of children that exited and were waited for. */
  readonly cutime: number;
  readonly cstime: number;
}

/**
 * The CPU fields of a `/proc/<pid>/stat` text. The command name (field 2) sits in
 * parentheses and may itself hold spaces and parentheses, so fields are counted from the
 * last `)`: utime, stime, cutime, cstime are fields 14-17 (proc(5)).
 */
export function parseProcStatCpu(stat: string): ProcStatCpu {
  const end = stat.lastIndexOf(')');
  // After ")": field 3 (state) is index 0, so field n is index n - 3.
  const fields =
    end === -1
      ? []
      : stat
          .slice(end + 2)
          .trim()
          .split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  const cpu = { utime: field(14), stime: field(15), cutime: field(16), cstime: field(17) };
  if (!Object.values(cpu).every((ticks) => Number.isInteger(ticks) && ticks >= 0)) {
    throw new ProcessCpuError(`not a /proc/<pid>/stat line: ${stat.slice(0, 120)}`);
  }
  return cpu;
}

let clockTicks: number | undefined;

/** Clock ticks per second (`getconf CLK_TCK`): the unit of /proc's times; 100 on Linux. */
export function clockTicksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      clockTicks = Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The pids of a process's live children, from every thread's `children` file. */
async function childPids(pid: number): Promise<number[]> {
  let threads: string[];
  try {
    threads = await readdir(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const lists = await Promise.all(
    threads.map((tid) => readText(`/proc/${pid}/task/${tid}/children`)),
  );
  return lists.flatMap((list) => (list ?? '').split(/\s+/).filter(Boolean).map(Number));
}

/**
 * CPU time in ms used so far by `pid` (every thread: worker threads included) and by its
 * descendants: the live ones read one by one, the exited ones through `cutime`/`cstime`.
 * A server that forks a query process is charged for it, as the design's "server CPU-ms
 * per request" (performance.md §4.3) means the whole server. Linux only. The tick is 10 ms
 * at 100 Hz, so a difference is only meaningful over many requests.
 */
export async function readProcessTreeCpuMs(pid: number): Promise<number> {
  const ticks = await treeTicks(pid);
  if (ticks === undefined) throw new ProcessCpuError(`cannot read /proc/${pid}/stat`);
  return (ticks * 1000) / clockTicksPerSecond();
}

/** Ticks of `pid` and its descendants; undefined when `pid` is gone. */
async function treeTicks(pid: number): Promise<number | undefined> {
  const stat = await readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  const own = parseProcStatCpu(stat);
  let ticks = own.utime + own.stime + own.cutime + own.cstime;
  for (const child of await childPids(pid)) {
    // A child that exits between the listing and the read is counted in cutime next time.
    ticks += (await treeTicks(child)) ?? 0;
  }
  return ticks;
}

/** The parent pid (field 4) of a `/proc/<pid>/stat` text. */
export function parseProcStatParent(stat: string): number {
  const end = stat.lastIndexOf(')');
  const parent =
    end === -1
      ? NaN
      : Number(
          stat
            .slice(end + 2)
            .trim()
            .split(/\s+/)[1],
        );
  if (!Number.isInteger(parent) || parent < 0) {
    throw new ProcessCpuError(`not a /proc/<pid>/stat line: ${stat.slice(0, 120)}`);
  }
  return parent;
}

/** The parent of a live process. */
export async function readParentPid(pid: number): Promise<number> {
  const stat = await readText(`/proc/${pid}/stat`);
  if (stat === undefined) throw new ProcessCpuError(`cannot read /proc/${pid}/stat`);
  return parseProcStatParent(stat);
}

/**
 * CPU time in ms of the children `pid` has waited for after they exited (`cutime` +
 * `cstime`): for PostgreSQL's postmaster, the parallel workers that finished, among others.
 */
export async function readReapedChildrenCpuMs(pid: number): Promise<number> {
  const stat = await readText(`/proc/${pid}/stat`);
  if (stat === undefined) throw new ProcessCpuError(`cannot read /proc/${pid}/stat`);
  const cpu = parseProcStatCpu(stat);
  return ((cpu.cutime + cpu.cstime) * 1000) / clockTicksPerSecond();
}
