import { describe, expect, it } from 'vitest';
import { parseOsReleaseName, readMachineInfo } from './machine-info.js';

describe('machine info', () => {
  it('reads the OS name from os-release, quoted or not', () => {
    expect(
      parseOsReleaseName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'),
    ).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(parseOsReleaseName('PRETTY_NAME=Alpine\n')).toBe('Alpine');
    expect(parseOsReleaseName('NAME=x\n')).toBeUndefined();
  });

  it('describes this machine', () => {
    const machine = readMachineInfo();
    expect(machine.cores).toBeGreaterThan(0);
    expect(machine.memoryGiB).toBeGreaterThan(0);
    expect(machine.node).toBe(process.version);
  });
});
