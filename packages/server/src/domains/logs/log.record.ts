import type { LogUser } from '@superset-ts/shared';

/** A row of `logs` with its user's names, timestamps read as Dates. */
export interface LogRecord {
  id: number;
  action: string | null;
  user_id: number | null;
  user: LogUser | null;
  /** The stored JSON text, as written. */
  json: string | null;
  dttm: Date | null;
  dashboard_id: number | null;
  slice_id: number | null;
  duration_ms: number | null;
  referrer: string | null;
}

/** One of the caller's recent actions (one row, or the latest of a distinct group). */
export interface RecentActivityRecord {
  action: string | null;
  dashboard_id: number | null;
  slice_id: number | null;
  dttm: Date;
  /** The dashboard's title (or chart's name) and the dashboard's slug, when it still exists. */
  item_title?: string | null;
  dashboard_slug?: string | null;
}

/** A page of rows and how many match in all. */
export interface LogPage {
  count: number;
  rows: LogRecord[];
}

/** A page of users and how many match in all. */
export interface UserPage {
  count: number;
  users: LogUser[];
}
