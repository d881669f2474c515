import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProductSetupError, randomSecretKey, SERVER_CLI } from '../product-server.js';
import { childEnv } from '../server-launcher.js';
import type { StartedServer } from '../server-process.js';
import { startServer } from '../server-process.js';
import { requestJson } from './http-client.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What a scenario's own product differs in. */
export interface AdminProductOptions {
  /** Start of the scratch SUPERSET_HOME's directory name, e.g. `superset-bench-sqllab-`. */
  readonly homePrefix: string;
  /** Written to the SUPERSET_HOME's superset_config.json. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The body of POST /api/v1/database/ (database_name, sqlalchemy_uri, ...). */
  readonly database: Readonly<Record<string, unknown>>;
  readonly log: (message: string) => void;
}

/** A started product with an admin's API token and one database registered. */
export interface AdminProduct {
  readonly server: StartedServer;
  readonly token: string;
  readonly databaseId: number;
  /** Stops the server and removes its SUPERSET_HOME. */
  readonly dispose: () => Promise<void>;
}

function runCli(cli: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): void {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new ProductSetupError(
      `\`superset ${args.slice(0, 2).join(' ')}\` failed (${result.status ?? result.signal ?? String(result.error)}):\n` +
        `${result.stdout}${result.stderr}`.trim(),
    );
  }
}

function createAdmin(cli: string, password: string, env: NodeJS.ProcessEnv, home: string): void {
  runCli(
    cli,
    [
      'fab',
      'create-admin',
      '--username',
      'admin',
      '--firstname',
      'Bench',
      '--lastname',
      'Admin',
      '--email',
      'bench-admin@example.com',
      '--password',
      password,
    ],
    env,
    home,
  );
}

/**
 * A SUPERSET_HOME of its own (the shared prepared one has no admin and default settings):
 * superset_config.json with the scenario's config, `db upgrade`, an admin with a new
 * password, `init`; then `superset run`, an API token from POST /api/v1/security/login and
 * the database created through POST /api/v1/database/, as an admin's script would.
 */
export async function startAdminProduct(options: AdminProductOptions): Promise<AdminProduct> {
  const cli = join(REPO_ROOT, SERVER_CLI);
  const home = await mkdtemp(join(tmpdir(), options.homePrefix));
  let server: StartedServer | undefined;
  const dispose = async () => {
    await server?.stop();
    await rm(home, { recursive: true, force: true });
  };
  try {
    const env = childEnv({ SUPERSET_HOME: home, SUPERSET_SECRET_KEY: randomSecretKey() });
    const password = randomBytes(18).toString('base64url');
    await writeFile(join(home, 'superset_config.json'), JSON.stringify(options.config));
    options.log(`preparing ${home}: db upgrade, create-admin, init`);
    runCli(cli, ['db', 'upgrade'], env, home);
    createAdmin(cli, password, env, home);
    runCli(cli, ['init'], env, home);
    server = await startServer(
      {
        name: 'product',
        argsFor: (port) => [cli, 'run', '-p', String(port), '--host', '127.0.0.1'],
        env,
        cwd: home,
      },
      { pollIntervalMs: 50 },
    );
    const { port } = server;
    const login = await requestJson<{ access_token: string }>(
      {
        port,
        method: 'POST',
        path: '/api/v1/security/login',
        json: { username: 'admin', password, provider: 'db', refresh: false },
      },
      200,
    );
    const token = login.body.access_token;
    const database = await requestJson<{ id: number }>(
      { port, method: 'POST', path: '/api/v1/database/', token, json: options.database },
      201,
    );
    return { server, token, databaseId: database.body.id, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
