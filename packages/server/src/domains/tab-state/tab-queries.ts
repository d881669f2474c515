import type { SqlLabQuery } from '@superset-ts/shared';

/**
 * The SQL Lab runs a tab shows, read from the query history (the queries capability owns the
 * `query` table and how a run is presented).
 */
export interface TabQueries {
  /** The user's run with this client id, as the editor shows it; null when there is none. */
  findByClientId(userId: number, clientId: string): Promise<SqlLabQuery | null>;
  /** The user's runs made in this tab, keyed by client id. */
  listForTab(userId: number, tabId: number): Promise<Record<string, SqlLabQuery>>;
}
