import type { TimestampColumn } from './column-types.js';

/** `session_revocations`: a logged-out session id, kept until the session would expire. */
export interface SessionRevocationsTable {
  sid: string;
  expires_on: TimestampColumn;
}

/** Session bookkeeping (migration 0003). */
export interface SessionSchema {
  session_revocations: SessionRevocationsTable;
}
