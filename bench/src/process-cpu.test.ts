import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  clockTicksPerSecond,
  parseProcStatCpu,
  parseProcStatParent,
  ProcessCpuError,
  readParentPid,
  readProcessTreeCpuMs,
  readReapedChildrenCpuMs,
} from './process-cpu.js';

/** Keeps this thread busy for `ms`. */
function burn(ms: number): void {
  const until = performance.now() + ms;
  let x = 0;
  while (performance.now() < until) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
}

describe('process CPU', () => {
  it('reads utime, stime, cutime and cstime after a command name with spaces and parentheses', () => {
    const stat =
      '4242 (node (my) server) S 1 4242 4242 0 -1 4194304 1000 0 0 0 1234 567 89 10 20 0 11 0 100 0 0';
    expect(parseProcStatCpu(stat)).toEqual({ utime: 1234, stime: 567, cutime: 89, cstime: 10 });
  });

  it('reads the parent pid after the command name', () => {
    const stat = '4242 (postgres: a (b)) S 977 4242 4242 0 -1 4194304 1000 0 0 0 1 2 3 4 20 0';
    expect(parseProcStatParent(stat)).toBe(977);
  });

  it('fails clearly on a text that is not a stat line', () => {
    expect(() => parseProcStatCpu('garbage')).toThrow(ProcessCpuError);
    expect(() => parseProcStatParent('garbage')).toThrow(ProcessCpuError);
  });

  it('knows the clock tick', () => {
    expect(clockTicksPerSecond()).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')('sees its own process burn CPU', async () => {
    const before = await readProcessTreeCpuMs(process.pid);
    burn(300);
    const used = (await readProcessTreeCpuMs(process.pid)) - before;
    // At least most of the 300 ms on a shared machine, and not more than wall time allows.
    expect(used).toBeGreaterThan(150);
    expect(used).toBeLessThan(2_000);
  });

  it.runIf(process.platform === 'linux')('charges a live child to its parent', async () => {
    const child = spawn(process.execPath, [
      '-e',
      'const t = Date.now() + 400; while (Date.now() < t); setTimeout(() => {}, 5000)',
    ]);
    try {
      const before = await readProcessTreeCpuMs(process.pid);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const used = (await readProcessTreeCpuMs(process.pid)) - before;
      // The child's ~400 ms of spinning while this process sleeps.
      expect(used).toBeGreaterThan(150);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it.runIf(process.platform === 'linux')(
    'charges an exited child, once waited for, to its parent’s reaped time',
    async () => {
      const before = await readReapedChildrenCpuMs(process.pid);
      const child = spawn(process.execPath, [
        '-e',
        'const t = Date.now() + 400; while (Date.now() < t);',
      ]);
      await once(child, 'exit');
      expect(await readParentPid(child.pid ?? 0).catch(() => 'gone')).toBe('gone');
      // The child's ~400 ms of spinning (node's own start-up on top).
      expect((await readReapedChildrenCpuMs(process.pid)) - before).toBeGreaterThan(150);
    },
  );

  it('fails clearly for a process that does not exist', async () => {
    await expect(readProcessTreeCpuMs(2 ** 30)).rejects.toThrow(ProcessCpuError);
  });
});
