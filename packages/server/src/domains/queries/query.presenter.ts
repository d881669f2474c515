import type { QueryHistoryItem, SqlLabQuery } from '@superset-ts/shared';
import type { QueryRecord } from './query.record.js';

const isoOf = (date: Date | null) => (date ?? new Date(0)).toISOString();

/** Keys of extra_json that are bookkeeping of this server, never shown to users. */
const PRIVATE_EXTRA_KEYS = new Set(['owner', 'heartbeat_ms', 'cancel_query', 'time_limit_seconds']);

function publicExtra(extra: QueryRecord['extra']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extra).filter(([key]) => !PRIVATE_EXTRA_KEYS.has(key)));
}

/** A query as SQL Lab's client keeps it (Superset's `Query.to_dict()`). */
export function presentSqlLabQuery(record: QueryRecord): SqlLabQuery {
  return {
    id: record.client_id,
    queryId: record.id,
    dbId: record.database_id,
    db: record.database_name,
    sql: record.sql,
    executedSql: record.executed_sql,
    schema: record.schema,
    catalog: record.catalog,
    tab: record.tab_name,
    sqlEditorId: record.sql_editor_id,
    state: record.status,
    progress: record.progress,
    rows: record.rows,
    limit: record.limit,
    limitingFactor: record.limiting_factor,
    errorMessage: record.error_message,
    ...(record.extra.errors ? { errors: record.extra.errors } : {}),
    resultsKey: record.results_key,
    ctas: record.select_as_cta,
    ctas_method: record.ctas_method,
    tempSchema: record.tmp_schema_name,
    tempTable: record.tmp_table_name,
    startDttm: record.start_time,
    endDttm: record.end_time,
    changed_on: isoOf(record.changed_on),
    userId: record.user_id,
    user: record.user ? `${record.user.first_name} ${record.user.last_name}`.trim() : null,
    trackingUrl: record.tracking_url,
    extra: publicExtra(record.extra),
  };
}

/** A row of the query history list (`GET /api/v1/query/`). */
export function presentQueryHistoryItem(record: QueryRecord): QueryHistoryItem {
  return {
    id: record.id,
    client_id: record.client_id,
    changed_on: isoOf(record.changed_on),
    database: { id: record.database_id, database_name: record.database_name ?? '' },
    schema: record.schema,
    sql: record.sql,
    executed_sql: record.executed_sql,
    status: record.status,
    rows: record.rows,
    start_time: record.start_time,
    end_time: record.end_time,
    tab_name: record.tab_name,
    tmp_table_name: record.tmp_table_name,
    tracking_url: record.tracking_url,
    user: record.user
      ? { id: record.user.id, first_name: record.user.first_name, last_name: record.user.last_name }
      : null,
    error_message: record.error_message,
  };
}
