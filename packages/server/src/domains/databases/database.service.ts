import type { Kysely } from 'kysely';
import type {
  DatabaseCreate,
  DatabaseDetail,
  DatabaseListItem,
  DatabaseListQuery,
  DatabaseTestConnection,
  DatabaseUpdate,
} from '@superset-ts/shared';
import type { EngineRegistry } from '@superset-ts/engines';
import type { MetadataDb, MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import type { SecretCipher } from '../../security/secrets/secret-cipher.js';
import type { BuiltConnection, ConnectionBuilder } from './connection-builder.js';
import { readConnectionInput, type ConnectionInput } from './connection-input.js';
import { databaseVisibilityOf } from './database-access.js';
import type { DatabaseClients } from './database-clients.js';
import { databasePermissions } from './database-permissions.js';
import { DatabaseInUseError } from './database.errors.js';
import { presentDatabaseDetail, presentDatabaseListItem } from './database.presenter.js';
import type { DatabaseRecord, DatabaseValues, DatasetRef } from './database.record.js';
import { databaseRepository } from './database.repository.js';
import { maskEncryptedExtra } from './encrypted-extra.js';
import type { EngineLoader } from './engine-loader.js';
import {
  decryptStoredDatabase,
  encryptNullable,
  engineFactsOf,
  type StoredDatabase,
} from './stored-database.js';
import { runConnectionTest } from './test-connection.js';
import { renameDatabaseInDatasetPerms } from '../datasets/dataset-permissions.js';

type Db = Kysely<MetadataSchema>;

/** What the databases service needs, wired at the composition root. */
export interface DatabaseServiceDeps {
  metadataDb: MetadataDb;
  engines: EngineRegistry;
  cipher: SecretCipher;
  connections: ConnectionBuilder;
  loader: EngineLoader;
  clients: DatabaseClients;
  /** TEST_DATABASE_CONNECTION_TIMEOUT, in milliseconds. */
  testTimeoutMs: number;
  /** SQLALCHEMY_CUSTOM_PASSWORD_STORE is set: typed passwords are not stored. */
  hasPasswordStore: boolean;
  /** Called after `database_access` permissions were created, renamed or removed. */
  onPermissionsChanged(): void;
  now?: () => Date;
}

/** What `related_objects` lists. Charts, dashboards and SQL Lab tabs do not exist yet in this build. */
export interface DatabaseRelatedObjects {
  datasets: DatasetRef[];
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/**
 * Database connections (Superset's DatabaseRestApi commands): list and read what the caller
 * may see, create (after a successful connection test, as Superset does), update, delete
 * (refused while datasets use it). Secrets are encrypted before they are written and masked
 * in every answer; the `database_access` permission follows the database.
 */
export function createDatabaseService(deps: DatabaseServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  const decrypt = (record: DatabaseRecord) => decryptStoredDatabase(deps.cipher, record);

  const build = (input: ConnectionInput, poolSize: number): Promise<BuiltConnection> =>
    deps.connections.build(
      {
        uri: input.uri,
        extra: input.extra,
        encryptedExtra: input.encryptedExtra,
        serverCert: input.serverCert,
      },
      { connectTimeoutMs: deps.testTimeoutMs, poolSize },
    );

  /** Checks a submitted connection fully: acceptable URL, allowed options. */
  const requireUsable = async (input: ConnectionInput): Promise<BuiltConnection> => {
    deps.connections.requireAcceptable(input.uri);
    return build(input, 1);
  };

  const detailOf = (stored: StoredDatabase): DatabaseDetail => {
    const facts = engineFactsOf(deps.engines, stored.record);
    const masked = stored.encryptedExtra
      ? JSON.stringify(
          maskEncryptedExtra(
            stored.encryptedExtra,
            facts.spec?.encryptedExtraSensitiveFields ?? [],
          ),
        )
      : null;
    return presentDatabaseDetail(
      stored.record,
      facts,
      { maskedEncryptedExtra: masked, serverCert: stored.serverCert },
      now(),
    );
  };

  const valuesOf = (
    input: ConnectionInput,
    body: DatabaseUpdate,
    previous: DatabaseRecord | null,
  ): DatabaseValues => ({
    database_name: body.database_name ?? previous?.database_name ?? '',
    sqlalchemy_uri: input.maskedUri,
    password: encryptNullable(deps.cipher, deps.hasPasswordStore ? null : input.uri.password),
    cache_timeout:
      body.cache_timeout !== undefined ? body.cache_timeout : (previous?.cache_timeout ?? null),
    expose_in_sqllab: body.expose_in_sqllab ?? previous?.expose_in_sqllab ?? true,
    allow_run_async: body.allow_run_async ?? previous?.allow_run_async ?? false,
    allow_ctas: body.allow_ctas ?? previous?.allow_ctas ?? false,
    allow_cvas: body.allow_cvas ?? previous?.allow_cvas ?? false,
    allow_dml: body.allow_dml ?? previous?.allow_dml ?? false,
    force_ctas_schema:
      body.force_ctas_schema !== undefined
        ? body.force_ctas_schema || null
        : (previous?.force_ctas_schema ?? null),
    allow_file_upload: body.allow_file_upload ?? previous?.allow_file_upload ?? false,
    extra: input.extraText,
    encrypted_extra: encryptNullable(
      deps.cipher,
      input.encryptedExtra ? JSON.stringify(input.encryptedExtra) : null,
    ),
    impersonate_user: body.impersonate_user ?? previous?.impersonate_user ?? false,
    server_cert: encryptNullable(deps.cipher, input.serverCert),
    configuration_method: input.configurationMethod,
  });

  const inTransaction = async <T>(work: (trx: Db) => Promise<T>): Promise<T> => {
    const result = await kysely.transaction().execute(work);
    deps.onPermissionsChanged();
    return result;
  };

  return {
    async list(actor: Actor, query: DatabaseListQuery) {
      const page = await databaseRepository.list(kysely, query, databaseVisibilityOf(actor));
      const at = now();
      const items: DatabaseListItem[] = page.records.map((record) =>
        presentDatabaseListItem(record, engineFactsOf(deps.engines, record), at),
      );
      return { count: page.count, items };
    },

    /** A database the actor may see, secrets decrypted (for the browser and connection building). */
    async getStored(actor: Actor, id: number): Promise<StoredDatabase> {
      return decrypt(await databaseRepository.get(kysely, id, databaseVisibilityOf(actor)));
    },

    async get(actor: Actor, id: number): Promise<DatabaseDetail> {
      return detailOf(
        decrypt(await databaseRepository.get(kysely, id, databaseVisibilityOf(actor))),
      );
    },

    async create(actor: Actor, body: DatabaseCreate): Promise<DatabaseDetail> {
      await databaseRepository.requireUniqueName(kysely, body.database_name);
      const input = readConnectionInput(deps.engines, body, null);
      await runConnectionTest(deps.loader, await requireUsable(input), deps.testTimeoutMs);
      const id = await inTransaction(async (trx) => {
        const newId = await databaseRepository.insert(trx, dialect, valuesOf(input, body, null), {
          uuid: body.uuid,
          userId: userIdOf(actor),
          now: now(),
        });
        await databasePermissions.create(trx, body.database_name, newId);
        return newId;
      });
      return detailOf(decrypt(await databaseRepository.get(kysely, id, { kind: 'all' })));
    },

    async update(actor: Actor, id: number, body: DatabaseUpdate): Promise<DatabaseDetail> {
      const visibility = databaseVisibilityOf(actor);
      const stored = decrypt(await databaseRepository.get(kysely, id, visibility));
      const input = readConnectionInput(deps.engines, body, stored);
      await requireUsable(input);
      const values = valuesOf(input, body, stored.record);
      await inTransaction(async (trx) => {
        await databaseRepository.update(trx, id, values, { userId: userIdOf(actor), now: now() });
        if (values.database_name !== stored.record.database_name) {
          await databasePermissions.rename(
            trx,
            stored.record.database_name,
            values.database_name,
            id,
          );
          // Datasets' permissions embed the database name: `[db].[table](id:N)`.
          await renameDatabaseInDatasetPerms(trx, id, values.database_name);
        }
      });
      const updated = decrypt(await databaseRepository.get(kysely, id, { kind: 'all' }));
      await deps.clients.release(id);
      return detailOf(updated);
    },

    async delete(actor: Actor, id: number): Promise<void> {
      const record = await databaseRepository.get(kysely, id, databaseVisibilityOf(actor));
      await inTransaction(async (trx) => {
        const datasets = await databaseRepository.datasetsOf(trx, id);
        if (datasets.length > 0) throw new DatabaseInUseError(datasets);
        await databasePermissions.remove(trx, record.database_name, id);
        await databaseRepository.delete(trx, id);
      });
      await deps.clients.release(id);
    },

    async relatedObjects(actor: Actor, id: number): Promise<DatabaseRelatedObjects> {
      await databaseRepository.get(kysely, id, databaseVisibilityOf(actor));
      return { datasets: await databaseRepository.datasetsOf(kysely, id) };
    },

    /**
     * Tests a connection before it is saved, or a saved one being edited (named by
     * `database_name`): masks then stand for the saved secrets, as in Superset.
     */
    async testConnection(actor: Actor, body: DatabaseTestConnection): Promise<void> {
      const saved = body.database_name
        ? await databaseRepository.findByName(kysely, body.database_name)
        : undefined;
      const visibility = databaseVisibilityOf(actor);
      const isVisible =
        saved !== undefined && (visibility.kind === 'all' || visibility.ids.includes(saved.id));
      const stored = isVisible ? decrypt(saved) : null;
      const input = readConnectionInput(deps.engines, body, stored);
      await runConnectionTest(deps.loader, await requireUsable(input), deps.testTimeoutMs);
    },
  };
}

/** The databases service, as routes receive it. */
export type DatabaseService = ReturnType<typeof createDatabaseService>;
