import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitOf, runCli, spawnCli, waitForOk } from './test-support/run-cli.js';

const SECRET = 'a-test-secret-key-long-enough-for-production-use-42';
let home: string;
let env: Record<string, string>;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'superset-cli-test-'));
  env = { SUPERSET_HOME: home, HOME: home, SUPERSET_SECRET_KEY: SECRET };
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { env, cwd: home });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const ADMIN_FLAGS = [
  '--username',
  'root',
  '--firstname',
  'Ada',
  '--lastname',
  'Lovelace',
  '--email',
  'ada@example.com',
  '--password',
  'pw-123456',
];

describe('superset CLI', { timeout: 90_000 }, () => {
  it('prints the version and help for every command', async () => {
    expect((await cli('version')).stdout).toMatch(/^Superset\.ts \d+\.\d+\.\d+/);
    const help = await cli('db', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('upgrade');
    expect(help.stdout).toContain('downgrade');
    expect((await cli('run', '--help')).stdout).toContain('--with-threads');
    expect((await cli('load_examples', '--help')).stdout).toMatch(
      /large\s+taxi_trips\s+table\s+is\s+always\s+loaded/,
    );
  });

  it('fails an unknown command with one line and a non-zero exit', async () => {
    const result = await cli('frobnicate');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('migrates up, reports current and history, and steps down one revision', async () => {
    const up = await cli('db', 'upgrade');
    expect(up.code).toBe(0);
    const current = (await cli('db', 'current')).stdout.trim();
    const history = (await cli('db', 'history')).stdout;
    expect(history).toContain(`${current} (head)`);
    expect(history).not.toContain('pending');
    expect((await cli('db', 'downgrade')).code).toBe(0);
    expect((await cli('db', 'current')).stdout.trim()).not.toBe(current);
    expect((await cli('db', 'history')).stdout).toContain('pending');
    expect((await cli('db', 'upgrade')).stdout).toContain(current);
  });

  it('creates an admin from flags and refuses an existing username in one line', async () => {
    await cli('db', 'upgrade');
    const created = await cli('fab', 'create-admin', ...ADMIN_FLAGS);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Admin user root created');
    const again = await cli('create-admin', ...ADMIN_FLAGS);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/root/);
  });

  it('names the missing fields when it cannot ask on a terminal', async () => {
    await cli('db', 'upgrade');
    const result = await cli('fab', 'create-admin', '--username', 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--firstname');
    expect(result.stderr).toContain('--password');
  });

  it('refuses to work on a schema that was not migrated, saying what to run', async () => {
    const result = await cli('init');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('superset db upgrade');
  });

  it('syncs roles idempotently with init', async () => {
    await cli('db', 'upgrade');
    const first = await cli('init');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Admin \(created\)/);
    const second = await cli('init');
    expect(second.stdout).toContain('Permissions created: 0');
    expect(second.stdout).toContain('Roles already up to date.');
  });

  it('lists every config problem at once and exits non-zero', async () => {
    writeFileSync(
      join(home, 'superset_config.json'),
      JSON.stringify({ ROW_LIMIT: 'lots', SUPERSET_WEBSERVER_PORT: -3 }),
    );
    const result = await cli('version', '-v');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ROW_LIMIT');
    expect(result.stderr).toContain('SUPERSET_WEBSERVER_PORT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to serve in production mode with the default secret key, saying how to make one', async () => {
    await cli('db', 'upgrade');
    delete env.SUPERSET_SECRET_KEY;
    const result = await cli('run', '-p', String(await freePort()));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('openssl rand -base64 42');
  });

  it('runs the server until SIGTERM, then exits cleanly', async () => {
    await cli('db', 'upgrade');
    const port = await freePort();
    const server = spawnCli(['run', '-p', String(port), '--host', '127.0.0.1'], { env, cwd: home });
    let output = '';
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForOk(`http://127.0.0.1:${port}/health`, 30_000, () => output);
    server.kill('SIGTERM');
    expect(await exitOf(server)).toBe(0);
  });

  it('serves with N worker processes on one port', async () => {
    await cli('db', 'upgrade');
    const port = await freePort();
    const primary = spawnCli(['serve', '-w', '2', '-p', String(port), '--host', '127.0.0.1'], {
      env,
      cwd: home,
    });
    let output = '';
    primary.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForOk(`http://127.0.0.1:${port}/health`, 30_000, () => output);
    const children = readFileSync(`/proc/${primary.pid}/task/${primary.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/);
    expect(children).toHaveLength(2);
    primary.kill('SIGTERM');
    expect(await exitOf(primary)).toBe(0);
  });

  it(
    'load_examples needs a migrated database, an admin and a reachable examples database, then loads once',
    { timeout: 180_000 },
    async () => {
      const fresh = await cli('load_examples');
      expect(fresh.code).toBe(1);
      expect(fresh.stderr).toMatch(/\[METADATA_SCHEMA_OUTDATED\]: .*`superset db upgrade` first/);
      expect((await cli('db', 'upgrade')).code).toBe(0);
      const noAdmin = await cli('load_examples');
      expect(noAdmin.code).toBe(1);
      expect(noAdmin.stderr).toContain(
        'Error [EXAMPLES_NO_ADMIN]: No admin user exists: run `superset fab create-admin` first.',
      );
      expect((await cli('fab', 'create-admin', ...ADMIN_FLAGS)).code).toBe(0);
      const unreachable = await runCli(['load_examples'], {
        env: {
          ...env,
          SUPERSET__SQLALCHEMY_EXAMPLES_URI:
            'postgresql://postgres:hunter2@127.0.0.1:5999/examples',
        },
        cwd: home,
      });
      expect(unreachable.code).toBe(1);
      expect(unreachable.stderr).toMatch(
        /\[EXAMPLES_DATABASE_UNREACHABLE\]: The examples database at postgresql:\/\/postgres@127\.0\.0\.1:5999\/examples cannot be reached: .*Check SQLALCHEMY_EXAMPLES_URI/,
      );
      expect(unreachable.stderr).not.toContain('hunter2');
      const first = await cli('load_examples', '--big-table-rows', '2000');
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Examples loaded: /m);
      expect(existsSync(join(home, 'examples.duckdb'))).toBe(true);
      const second = await cli('load-examples', '--big-table-rows', '2000');
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr).toContain('Examples already loaded: nothing changed.');
      expect(second.stdout).toBe('');
    },
  );

  it('quickstart prepares a fresh home, prints the admin credentials once, and serves', async () => {
    delete env.SUPERSET_SECRET_KEY;
    // Examples that cannot load must not stop the first start (load_examples is tested above).
    env.SUPERSET__SQLALCHEMY_EXAMPLES_URI = 'postgresql://postgres@127.0.0.1:5999/examples';
    const port = await freePort();
    const start = async () => {
      const server = spawnCli(['quickstart', '-p', String(port)], { env, cwd: home });
      let output = '';
      server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitForOk(`http://127.0.0.1:${port}/health`, 60_000, () => output);
      // The token API checks the same credentials as the login form, without its CSRF step.
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/security/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'admin', provider: 'db' }),
      });
      server.kill('SIGTERM');
      await exitOf(server);
      return { output, loginStatus: login.status };
    };
    const first = await start();
    expect(first.output).toContain('password: admin');
    expect(first.output).toMatch(/\[EXAMPLES_DATABASE_UNREACHABLE\]: The examples database at/);
    expect(first.output).toContain('Retry with: superset load_examples');
    expect(first.loginStatus).toBe(200);
    expect(readFileSync(join(home, 'secret_key'), 'utf8').trim().length).toBeGreaterThan(40);
    const second = await start();
    expect(second.output).not.toContain('password: admin');
    expect(second.loginStatus).toBe(200);
  });
});
