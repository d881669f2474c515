import type { EngineClient, EngineSpec } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatabaseRecord } from '../databases/database.record.js';
import type { StoredDatabase } from '../databases/stored-database.js';

/** What SQL Lab uses of the databases capability. */
export interface SqlLabDatabases {
  /** A database the actor may use; 404 otherwise. */
  getStored(actor: Actor, id: number): Promise<StoredDatabase>;
  /** A database by id for work already authorised (a queued run, a stop, an export). */
  getStoredForRun(id: number): Promise<StoredDatabase>;
  /** The pooled client of a database. */
  clientFor(record: DatabaseRecord): Promise<EngineClient>;
  /** The engine of a database; null when its URL names no known engine. */
  specOf(record: DatabaseRecord): EngineSpec | null;
}

/** The engine of a database, or a 400 naming the problem. */
export function requireSpec(databases: SqlLabDatabases, record: DatabaseRecord): EngineSpec {
  const spec = databases.specOf(record);
  if (!spec) throw new AppError('UNKNOWN_ENGINE_ERROR');
  return spec;
}
