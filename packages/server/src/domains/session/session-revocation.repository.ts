import { toDbTimestamp, type MetadataDb } from '../../db/index.js';

/**
 * Logged-out session ids (`session_revocations`). A session cookie is signed and encrypted
 * but lives in the browser, so logging out records its id here until the session would have
 * expired anyway; a copy of the cookie presented later is refused.
 */
export interface SessionRevocationRepository {
  /** Records `sid` as logged out until `expiresOn`, pruning rows already past their expiry. */
  revoke(sid: string, expiresOn: Date, now?: Date): Promise<void>;
  /** Whether `sid` was logged out (and is not yet past its expiry). */
  isRevoked(sid: string, now?: Date): Promise<boolean>;
}

/** The session revocation store on the metadata database. */
export function createSessionRevocationRepository(
  metadataDb: MetadataDb,
): SessionRevocationRepository {
  const db = metadataDb.kysely;

  const isRevoked = async (sid: string, now = new Date()): Promise<boolean> => {
    const row = await db
      .selectFrom('session_revocations')
      .select('sid')
      .where('sid', '=', sid)
      .where('expires_on', '>', toDbTimestamp(now))
      .executeTakeFirst();
    return row !== undefined;
  };

  return {
    isRevoked,
    async revoke(sid, expiresOn, now = new Date()) {
      await db
        .deleteFrom('session_revocations')
        .where('expires_on', '<=', toDbTimestamp(now))
        .execute();
      if (await isRevoked(sid, now)) return;
      try {
        await db.insertInto('session_revocations').values({ sid, expires_on: expiresOn }).execute();
      } catch (error) {
        // Two logouts of one session at the same moment: the other one recorded it.
        if (!(await isRevoked(sid, now))) throw error;
      }
    },
  };
}
