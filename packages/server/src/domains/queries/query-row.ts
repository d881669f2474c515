import type { Selectable } from 'kysely';
import type { QueryState } from '@superset-ts/shared';
import { readBoolean, readTimestamp, type QueryTable } from '../../db/index.js';
import type { LimitingFactor, QueryExtra, QueryRecord } from './query.record.js';

/** A `query` row joined with its database's name and its user. */
export type QueryRow = Selectable<QueryTable> & {
  database_name: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
};

function readEpochMs(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

function readExtra(text: string | null): QueryExtra {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as QueryExtra)
      : {};
  } catch {
    return {};
  }
}

/** Reads a joined row into the domain's record. */
export function readQueryRow(row: QueryRow): QueryRecord {
  const method = row.ctas_method === 'VIEW' ? 'VIEW' : row.ctas_method === null ? null : 'TABLE';
  return {
    id: row.id,
    client_id: row.client_id,
    database_id: row.database_id,
    database_name: row.database_name,
    tmp_table_name: row.tmp_table_name,
    tmp_schema_name: row.tmp_schema_name,
    user_id: row.user_id,
    user:
      row.user_id !== null && row.username !== null
        ? {
            id: row.user_id,
            username: row.username,
            first_name: row.first_name ?? '',
            last_name: row.last_name ?? '',
          }
        : null,
    status: row.status as QueryState,
    tab_name: row.tab_name,
    sql_editor_id: row.sql_editor_id,
    schema: row.schema,
    catalog: row.catalog,
    sql: row.sql ?? '',
    select_sql: row.select_sql,
    executed_sql: row.executed_sql,
    limit: row.limit,
    limiting_factor: row.limiting_factor as LimitingFactor,
    select_as_cta: row.select_as_cta === null ? false : readBoolean(row.select_as_cta),
    select_as_cta_used: readBoolean(row.select_as_cta_used),
    ctas_method: method,
    progress: row.progress,
    rows: row.rows,
    error_message: row.error_message,
    results_key: row.results_key,
    start_time: readEpochMs(row.start_time),
    start_running_time: readEpochMs(row.start_running_time),
    end_time: readEpochMs(row.end_time),
    end_result_backend_time: readEpochMs(row.end_result_backend_time),
    tracking_url: row.tracking_url,
    extra: readExtra(row.extra_json),
    changed_on: readTimestamp(row.changed_on),
  };
}
