import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ENV } from './e2e-env.js';
import {
  assertBuilt,
  findFreePort,
  isolatedEnv,
  runCli,
  spawnServer,
  waitForHealth,
} from './superset-server.js';

/** The admin the tests log in as; the password is new for every run. */
const ADMIN = {
  username: 'admin',
  firstname: 'Ada',
  lastname: 'Admin',
  email: 'admin@example.com',
};

/**
 * Prepares a fresh SUPERSET_HOME (metadata database, admin user, roles), starts
 * `superset run` on a free port and hands its address and the admin's credentials to the
 * tests through environment variables.
 */
export default async function globalSetup(): Promise<void> {
  assertBuilt();
  const home = mkdtempSync(join(tmpdir(), 'superset-e2e-'));
  const password = randomBytes(18).toString('base64url');
  const env = isolatedEnv({
    SUPERSET_HOME: home,
    SUPERSET_SECRET_KEY: randomBytes(36).toString('base64url'),
  });

  runCli(['db', 'upgrade'], env, home);
  runCli(
    [
      'fab',
      'create-admin',
      '--username',
      ADMIN.username,
      '--firstname',
      ADMIN.firstname,
      '--lastname',
      ADMIN.lastname,
      '--email',
      ADMIN.email,
      '--password',
      password,
    ],
    env,
    home,
  );
  runCli(['init'], env, home);

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer(port, env, home);
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    server.child.kill('SIGTERM');
    throw error;
  }

  process.env[E2E_ENV.baseUrl] = baseUrl;
  process.env[E2E_ENV.adminUsername] = ADMIN.username;
  process.env[E2E_ENV.adminPassword] = password;
  process.env[E2E_ENV.serverPid] = String(server.child.pid);
  process.env[E2E_ENV.homeDir] = home;
}
