import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { assertSchemaIsCurrent, createMetadataDb, type MetadataDb } from '../db/index.js';
import { buildApp } from '../app/build-app.js';
import { syncRoleDefinitions } from '../security/roles/role-sync.js';
import { RoleNotFoundError } from '../security/roles/role.errors.js';
import { loggerOptions } from './logger-options.js';
import { readProductVersion } from './version.js';
import { defaultWebDistDir } from './web-dist-dir.js';

/** Where and how a server listens. */
export interface ListenOptions {
  host: string;
  port: number;
  cwd: string;
}

/** A listening server and the way to stop it gracefully. */
export interface RunningServer {
  app: FastifyInstance;
  address: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

const ROLE_SYNC_ATTEMPTS = 3;

/**
 * FAB_UPDATE_PERMS: brings the built-in roles and their permissions up to date before
 * serving, as `superset init` does; when off, start-up reads and writes none of them. Workers
 * that start together on a fresh database may collide: the loser's transaction rolls back,
 * and its next attempt finds the work done.
 */
async function syncRolesAtStartup(metadataDb: MetadataDb, config: Config): Promise<void> {
  if (!config.FAB_UPDATE_PERMS) return;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await syncRoleDefinitions(metadataDb, { publicRoleLike: config.PUBLIC_ROLE_LIKE });
      return;
    } catch (error) {
      if (attempt >= ROLE_SYNC_ATTEMPTS || error instanceof RoleNotFoundError) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
  }
}

/**
 * Opens the metadata database (refusing an outdated or newer schema), syncs the roles when
 * FAB_UPDATE_PERMS is on, builds the app and listens. Used by `superset run`, each `superset serve` worker and the quickstart.
 */
export async function startServer(config: Config, options: ListenOptions): Promise<RunningServer> {
  const metadataDb = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: options.cwd });
  try {
    await assertSchemaIsCurrent(metadataDb);
    await syncRolesAtStartup(metadataDb, config);
    const app = await buildApp({
      config,
      metadataDb,
      version: readProductVersion(),
      webDistDir: defaultWebDistDir(),
      logger: loggerOptions(config.LOG_LEVEL),
    });
    const address = await app.listen({ host: options.host, port: options.port });
    return {
      app,
      address,
      stop: async () => {
        await app.close();
        await metadataDb.destroy();
      },
    };
  } catch (error) {
    await metadataDb.destroy();
    throw error;
  }
}

/**
 * Stops the server on SIGTERM or SIGINT after in-flight requests finish, with a deadline so
 * a stuck request cannot keep the process alive forever. A second signal exits at once.
 */
export function stopOnSignals(
  server: RunningServer,
  deadlineMs: number,
  log: (message: string) => void,
): void {
  let isStopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (isStopping) {
      log(`Received ${signal} again: exiting now.`);
      process.exit(1);
    }
    isStopping = true;
    log(`Received ${signal}: finishing in-flight requests, then stopping.`);
    const deadline = setTimeout(() => {
      log(`In-flight requests did not finish within ${deadlineMs} ms: exiting.`);
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
