import { describe, expect, it } from 'vitest';
import { parseVmRssKiB, ProcessMemoryError, readRssMiB } from './process-memory.js';

describe('process memory', () => {
  it('reads VmRSS from a /proc status text', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1000 kB\nVmRSS:\t   51200 kB\nRssAnon:\t 100 kB\n';
    expect(parseVmRssKiB(status)).toBe(51200);
  });

  it('fails clearly on a status without VmRSS', () => {
    expect(() => parseVmRssKiB('Name:\tzombie\n')).toThrow(ProcessMemoryError);
  });

  it.runIf(process.platform === 'linux')('reads a live process’s RSS in MiB', async () => {
    const rss = await readRssMiB(process.pid);
    const reported = process.memoryUsage.rss() / 1024 / 1024;
    expect(rss).toBeGreaterThan(reported * 0.5);
    expect(rss).toBeLessThan(reported * 2);
  });

  it('fails clearly for a process that does not exist', async () => {
    await expect(readRssMiB(2 ** 30)).rejects.toThrow(ProcessMemoryError);
  });
});
