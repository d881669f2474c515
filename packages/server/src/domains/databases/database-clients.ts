import type { EngineClient } from '@superset-ts/engines';
import type { DatabaseRecord } from './database.record.js';

/** The pooled client of each saved database. */
export interface DatabaseClients {
  /**
   * The client of a saved database: opened on first use, kept while the row stays the same,
   * and replaced (the old pool closed) once the row's connection settings changed.
   */
  clientFor(record: DatabaseRecord): Promise<EngineClient>;
  /** Closes and forgets a database's client (after a delete). */
  release(databaseId: number): Promise<void>;
  /** Closes every client (when the app closes). */
  closeAll(): Promise<void>;
}

interface Entry {
  fingerprint: string;
  client: Promise<EngineClient>;
}

/** What decides a connection: a change to any of these opens a new pool. */
function fingerprintOf(record: DatabaseRecord): string {
  return JSON.stringify([
    record.sqlalchemy_uri,
    record.password,
    record.extra,
    record.encrypted_extra,
    record.server_cert,
    record.changed_on?.getTime() ?? null,
  ]);
}

async function closeQuietly(client: Promise<EngineClient>): Promise<void> {
  try {
    await (await client).close();
  } catch {
    // A pool that failed to open or to close has nothing left to release.
  }
}

/** Keeps one pooled client per database id; `open` builds a client for a row. */
export function createDatabaseClients(
  open: (record: DatabaseRecord) => Promise<EngineClient>,
): DatabaseClients {
  const entries = new Map<number, Entry>();

  const release = async (databaseId: number) => {
    const entry = entries.get(databaseId);
    if (!entry) return;
    entries.delete(databaseId);
    await closeQuietly(entry.client);
  };

  return {
    clientFor(record) {
      const fingerprint = fingerprintOf(record);
      const current = entries.get(record.id);
      if (current?.fingerprint === fingerprint) return current.client;
      if (current) void closeQuietly(current.client);
      const client = open(record);
      entries.set(record.id, { fingerprint, client });
      client.catch(() => {
        if (entries.get(record.id)?.client === client) entries.delete(record.id);
      });
      return client;
    },
    release,
    async closeAll() {
      await Promise.all([...entries.keys()].map(release));
    },
  };
}
