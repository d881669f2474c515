import type { FastifyInstance } from 'fastify';
import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  parseSqlalchemyUri,
  type EngineRegistry,
} from '@superset-ts/engines';
import type { Config } from '../../config/index.js';
import { parseMetadataUri, type MetadataDb } from '../../db/index.js';
import type { RolePermissionCache } from '../../security/access/role-permission-cache.js';
import { createSecretCipher } from '../../security/secrets/secret-cipher.js';
import { listAvailableEngines } from './available-engines.js';
import { createConnectionBuilder } from './connection-builder.js';
import { createDatabaseBrowser } from './database-browser.service.js';
import { createDatabaseClients, type DatabaseClients } from './database-clients.js';
import { registerDatabaseRoutes } from './database.routes.js';
import { createDatabaseService, type DatabaseService } from './database.service.js';
import { createEngineLoader } from './engine-loader.js';
import { createLocalFileGuard } from './local-file-guard.js';
import { openSafeClient } from './safe-engine-client.js';
import { databaseRepository } from './database.repository.js';
import { decryptStoredDatabase, storedUriOf, type StoredDatabase } from './stored-database.js';
import { SYSTEM_NETWORK_PROBE, validateConnectionParameters } from './validate-parameters.js';

/** What the databases capability is built from. */
export interface DatabasesDeps {
  config: Config;
  metadataDb: MetadataDb;
  /** Cleared when `database_access` permissions change. */
  rolePermissions: RolePermissionCache;
  /** Folder relative SQLite paths are opened from; the process's working directory by default. */
  cwd?: string;
}

/** What other capabilities (SQL Lab) use of this one: access-checked databases and their clients. */
export interface DatabasesCapability {
  databases: DatabaseService;
  clients: DatabaseClients;
  engines: EngineRegistry;
  /** A saved database by id with no access check, for work already authorised (queued runs). */
  getStoredById(id: number): Promise<StoredDatabase>;
}

/** The file SQLALCHEMY_EXAMPLES_URI names for a local-file engine, else null. */
function examplesDbFileOf(engines: EngineRegistry, examplesUri: string): string | null {
  try {
    const uri = parseSqlalchemyUri(examplesUri);
    const isFile = engines.forUri(uri).localFile && uri.database && uri.database !== ':memory:';
    return isFile ? uri.database : null;
  } catch {
    return null;
  }
}

/** Pooled connections per saved database. */
const POOL_SIZE = 5;

/**
 * Wires the database connections capability: the `/api/v1/database/` routes over the engine
 * registry, with secrets encrypted under SECRET_KEY, and the pooled clients closed with the app.
 */
export function registerDatabases(app: FastifyInstance, deps: DatabasesDeps): DatabasesCapability {
  const { config } = deps;
  const cwd = deps.cwd ?? process.cwd();
  const engines = createEngineRegistry(ALL_ENGINE_SPECS);
  const cipher = createSecretCipher(config.SECRET_KEY);
  const metadata = parseMetadataUri(config.SQLALCHEMY_DATABASE_URI, cwd);
  const connections = createConnectionBuilder({
    engines,
    localFiles: createLocalFileGuard({
      preventUnsafe: config.PREVENT_UNSAFE_DB_CONNECTIONS,
      allowedDirectories: config.LOCAL_DATABASE_DIRECTORIES,
      metadataDbFile:
        metadata.dialect === 'sqlite' && !metadata.isInMemory ? metadata.filename : null,
      examplesDbFile: examplesDbFileOf(engines, config.SQLALCHEMY_EXAMPLES_URI),
      cwd,
    }),
    passwordStore: config.SQLALCHEMY_CUSTOM_PASSWORD_STORE,
    uriValidator: config.DB_SQLA_URI_VALIDATOR,
  });
  const loader = createEngineLoader();
  const testTimeoutMs = config.TEST_DATABASE_CONNECTION_TIMEOUT * 1000;
  const clients = createDatabaseClients(async (record) => {
    const stored = decryptStoredDatabase(cipher, record);
    const built = await connections.build(
      {
        uri: storedUriOf(stored),
        extra: stored.extra,
        encryptedExtra: stored.encryptedExtra,
        serverCert: stored.serverCert,
      },
      { connectTimeoutMs: testTimeoutMs, poolSize: POOL_SIZE },
    );
    return openSafeClient(loader, built);
  });
  app.addHook('onClose', () => clients.closeAll());

  const databases = createDatabaseService({
    metadataDb: deps.metadataDb,
    engines,
    cipher,
    connections,
    loader,
    clients,
    testTimeoutMs,
    hasPasswordStore: config.SQLALCHEMY_CUSTOM_PASSWORD_STORE !== null,
    onPermissionsChanged: () => deps.rolePermissions.clear(),
  });
  registerDatabaseRoutes(app, {
    databases,
    browser: createDatabaseBrowser({
      engines,
      clients,
      getStored: (actor, id) => databases.getStored(actor, id),
    }),
    availableEngines: () =>
      listAvailableEngines({
        engines,
        loader,
        preferred: config.PREFERRED_DATABASES,
        denylist: config.DBS_AVAILABLE_DENYLIST,
      }),
    validateParameters: (body) => validateConnectionParameters(engines, SYSTEM_NETWORK_PROBE, body),
  });
  return {
    databases,
    clients,
    engines,
    getStoredById: async (id) =>
      decryptStoredDatabase(
        cipher,
        await databaseRepository.get(deps.metadataDb.kysely, id, { kind: 'all' }),
      ),
  };
}
