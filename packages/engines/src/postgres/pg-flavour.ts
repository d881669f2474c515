import type { Dialect } from '../spec/dialect.js';
import type { EngineError } from '../spec/engine-error.js';

/**
 * What differs between the engines that speak PostgreSQL's protocol and share its client:
 * the dialect, how a running statement is stopped, and what the server must not be.
 */
export interface PgFlavour {
  dialect: Dialect;
  /**
   * A statement that cancels the running statement of the backend whose pid is `$1`, run
   * from another connection; null when the engine has none, and a stopped statement's
   * connection is closed instead.
   */
  cancelSql: string | null;
  /**
   * Checks `SELECT version()` when testing the connection; returns the error to raise for a
   * server this engine must not talk to. Without it the test runs `SELECT 1`.
   */
  refuseServer?: (version: string) => EngineError | null;
}
