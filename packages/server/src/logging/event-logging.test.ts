import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app/build-app.js';
import { addUser } from '../app/test-support/test-app.js';
import { loadConfig } from '../config/index.js';
import { makeTempConfigDir, type TempConfigDir } from '../config/testing/temp-config-dir.js';
import { createMetadataDb, upgrade, type MetadataDb } from '../db/index.js';
import { syncRoleDefinitions } from '../security/roles/role-sync.js';
import { submitLoginForm } from '../domains/session/test-support/session-client.js';
import { readLogRows } from './test-support/action-log-test-support.js';

/** The EVENT_LOGGER example of docs/configuration.md: one JSON line per event on stdout. */
const STDOUT_LOGGER_MODULE = `
export const SECRET_KEY = 'event-logger-test-secret-key-0123456789';
export const EVENT_LOGGER = {
  log(event) {
    console.log(JSON.stringify(event));
  },
};
`;

interface Started {
  app: Awaited<ReturnType<typeof buildApp>>;
  db: MetadataDb;
  logLines: string[];
}

async function startWithConfigModule(temp: TempConfigDir, module: string): Promise<Started> {
  await temp.write('superset_config.mjs', module);
  const { config } = await loadConfig({
    env: { ...temp.env, SUPERSET_HOME: temp.dir },
    cwd: temp.dir,
  });
  const db = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: temp.dir });
  await upgrade(db, 'head');
  await syncRoleDefinitions(db, { publicRoleLike: null });
  const logLines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    config,
    metadataDb: db,
    version: 'test',
    webDistDir: null,
    logger: { level: 'warn', stream },
  });
  return { app, db, logLines };
}

async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('EVENT_LOGGER from superset_config', () => {
  let temp: TempConfigDir;
  let started: Started | undefined;

  afterEach(async () => {
    vi.restoreAllMocks();
    if (started) {
      await started.app.close();
      await started.db.destroy();
      started = undefined;
    }
    await temp.cleanup();
  });

  it('replaces the logs table: each event arrives as one JSON line on stdout', async () => {
    temp = await makeTempConfigDir();
    started = await startWithConfigModule(temp, STDOUT_LOGGER_MODULE);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)));
    await addUser(started.db, { username: 'ada', password: 'Correct-horse-1', roles: ['Admin'] });

    const login = await submitLoginForm(started.app, {
      username: 'ada',
      password: 'Wrong-horse-1',
    });
    expect(login.response.statusCode).toBe(401);

    await waitUntil(() => printed.some((line) => line.includes('UserLoginFailed')));
    const event = JSON.parse(printed.find((line) => line.includes('UserLoginFailed')) ?? '{}') as {
      dttm: string;
    };
    expect(event).toMatchObject({
      action: 'UserLoginFailed',
      user_id: null,
      json: { username: 'ada', status: 401, path: '/login/' },
    });
    expect(new Date(event.dttm).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(printed.join('\n')).not.toContain('Wrong-horse-1');
    expect(await readLogRows(started.db)).toEqual([]);
  });

  it('answers requests while the logger is slow, and reports one that throws to the server log', async () => {
    temp = await makeTempConfigDir();
    started = await startWithConfigModule(
      temp,
      `
export const SECRET_KEY = 'event-logger-test-secret-key-0123456789';
export const EVENT_LOGGER = {
  calls: 0,
  async log(event) {
    this.calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 300));
    throw new Error('the log sink is down');
  },
};
`,
    );
    const startedAt = Date.now();
    const response = await started.app.inject({ method: 'GET', url: '/api/v1/me/' });
    expect(response.statusCode).toBe(401);
    expect(Date.now() - startedAt).toBeLessThan(250);

    const { logLines } = started;
    await waitUntil(() => logLines.some((line) => line.includes('the log sink is down')));
    const report: unknown = JSON.parse(
      logLines.find((line) => line.includes('the log sink is down')) ?? '{}',
    );
    expect(report).toMatchObject({
      level: 50,
      msg: 'action log: an event could not be recorded',
      action: 'CurrentUserRestApi.get_me',
    });
  });
});
