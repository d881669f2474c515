import type { EngineClient, EngineSpec } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatabaseRecord } from '../databases/database.record.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { engineFactsOf } from '../databases/stored-database.js';

/** What datasets use of the databases capability. */
export interface DatasetDatabases {
  /** A database the actor may use; throws the databases' 404 otherwise. */
  getVisible(actor: Actor, id: number): Promise<DatabaseRecord>;
  /** A database by id with no access check (the dataset was authorised already). */
  getById(id: number): Promise<DatabaseRecord>;
  /** The pooled client of a database. */
  clientFor(record: DatabaseRecord): Promise<EngineClient>;
  /** The backend name and engine of a database URL; a null spec when no engine is known. */
  engineOf(uri: string): { backend: string; spec: EngineSpec | null };
}

/** The engine of a database, or a 400 naming the problem. */
export function requireSpec(databases: DatasetDatabases, record: DatabaseRecord): EngineSpec {
  const { spec } = databases.engineOf(record.sqlalchemy_uri);
  if (!spec) throw new AppError('UNKNOWN_ENGINE_ERROR');
  return spec;
}

/** The port over the databases capability. */
export function datasetDatabasesFrom(capability: DatabasesCapability): DatasetDatabases {
  return {
    getVisible: async (actor, id) => (await capability.databases.getStored(actor, id)).record,
    getById: async (id) => (await capability.getStoredById(id)).record,
    clientFor: (record) => capability.clients.clientFor(record),
    engineOf: (uri) => {
      const facts = engineFactsOf(capability.engines, {
        sqlalchemy_uri: uri,
        extra: null,
      } as DatabaseRecord);
      return { backend: facts.backend, spec: facts.spec };
    },
  };
}
