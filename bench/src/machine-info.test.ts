import { describe, expect, it } from 'vitest';
import {
  NOT_REACHABLE,
  parseOsReleaseName,
  parseRedisVersion,
  readMachineInfo,
  readServiceVersions,
} from './machine-info.js';

describe('machine info', () => {
  it('reads the OS name from os-release, quoted or not', () => {
    expect(
      parseOsReleaseName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'),
    ).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(parseOsReleaseName('PRETTY_NAME=Alpine\n')).toBe('Alpine');
    expect(parseOsReleaseName('NAME=x\n')).toBeUndefined();
  });

  it('reads the Redis version from INFO server', () => {
    expect(parseRedisVersion('# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n')).toBe(
      '7.0.15',
    );
    expect(parseRedisVersion('# Server\r\n')).toBeUndefined();
  });

  it('describes this machine', async () => {
    const machine = await readMachineInfo();
    expect(machine.cores).toBeGreaterThan(0);
    expect(machine.memoryGiB).toBeGreaterThan(0);
    expect(machine.node).toBe(process.version);
    expect(Object.keys(machine.services).sort()).toEqual(['mariadb', 'postgres', 'redis']);
  });

  it('records a service that does not answer as not reachable, without waiting long', async () => {
    // Port 9 (discard) has no listener here: every connection is refused at once.
    const startedAt = Date.now();
    const versions = await readServiceVersions({
      postgres: 'postgresql://postgres@127.0.0.1:9/test',
      mariadb: 'mysql://root@127.0.0.1:9',
      redis: 'redis://127.0.0.1:9/0',
    });
    expect(versions).toEqual({
      postgres: NOT_REACHABLE,
      mariadb: NOT_REACHABLE,
      redis: NOT_REACHABLE,
    });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });
});
