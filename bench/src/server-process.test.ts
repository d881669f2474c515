import { describe, expect, it } from 'vitest';
import { floorServer } from './floor-server.js';
import { probeHealth } from './health-probe.js';
import { childEnv } from './server-launcher.js';
import { ServerStartError, startServer } from './server-process.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startServer', () => {
  it('times a bare node server to its first 200 on /health and stops it completely', async () => {
    const server = await startServer(floorServer());
    expect(server.readyAfterMs).toBeGreaterThan(0);
    expect(server.readyAfterMs).toBeLessThan(10_000);
    expect(await probeHealth(server.port)).toBe(200);

    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
    expect(await probeHealth(server.port)).toBeUndefined();
  });

  it('fails with the server’s own output when it exits before answering', async () => {
    const crashing = {
      name: 'crashing',
      argsFor: () => ['-e', 'console.error("missing SUPERSET_SECRET_KEY"); process.exit(3)'],
      env: childEnv(),
      cwd: process.cwd(),
    };
    await expect(startServer(crashing)).rejects.toThrow(ServerStartError);
    await expect(startServer(crashing)).rejects.toThrow(
      /exited \(3\)[\s\S]*missing SUPERSET_SECRET_KEY/,
    );
  });

  it('gives up on a server that never answers 200', async () => {
    const silent = {
      name: 'silent',
      argsFor: (port: number) => [
        '-e',
        `require('http').createServer((q,s)=>{s.statusCode=503;s.end()}).listen(${port})`,
      ],
      env: childEnv(),
      cwd: process.cwd(),
    };
    await expect(startServer(silent, { timeoutMs: 500 })).rejects.toThrow(/within 500 ms/);
  });
});

describe('childEnv', () => {
  it('keeps the caller’s NODE_OPTIONS and superset settings away from measured servers', () => {
    process.env.SUPERSET_CONFIG_PATH = '/tmp/dev_config.ts';
    try {
      const env = childEnv({ SUPERSET_HOME: '/tmp/home' });
      expect(env.SUPERSET_CONFIG_PATH).toBeUndefined();
      expect(env.SUPERSET_HOME).toBe('/tmp/home');
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      delete process.env.SUPERSET_CONFIG_PATH;
    }
  });
});
