import { createMetadataDb, type MetadataDb } from '../metadata-db.js';
import { upgrade } from '../migrator.js';
import type { MetadataBackend } from './metadata-backends.js';

/** An open metadata database on a fresh scratch database; `close` destroys and drops it. */
export interface ScratchMetadataDb {
  db: MetadataDb;
  uri: string;
  close(): Promise<void>;
}

/**
 * Opens a fresh metadata database on `backend`, migrated to head unless `isMigrated` is
 * false. Call `close()` in `afterAll`/`afterEach`.
 */
export async function openScratchMetadataDb(
  backend: MetadataBackend,
  options: { isMigrated?: boolean } = {},
): Promise<ScratchMetadataDb> {
  const scratch = await backend.createDatabase();
  const db = createMetadataDb(scratch.uri, { cwd: process.cwd() });
  if (options.isMigrated ?? true) await upgrade(db, 'head');
  return {
    db,
    uri: scratch.uri,
    close: async () => {
      await db.destroy();
      await scratch.drop();
    },
  };
}
