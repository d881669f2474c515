import type { SqlLabQuery, TabState } from '@superset-ts/shared';
import type { TableSchemaRecord, TabStateRecord } from './tab-state.record.js';

/** A tab as `GET /tabstateview/{id}` and the SQL Lab bootstrap show it. */
export function presentTabState(
  tab: TabStateRecord,
  tables: readonly TableSchemaRecord[],
  latestQuery: SqlLabQuery | null,
): TabState {
  return {
    id: tab.id,
    label: tab.label,
    active: tab.active,
    database_id: tab.database_id,
    schema: tab.schema,
    catalog: tab.catalog,
    sql: tab.sql,
    query_limit: tab.query_limit,
    template_params: tab.template_params,
    autorun: tab.autorun,
    hide_left_bar: tab.hide_left_bar,
    saved_query_id: tab.saved_query_id,
    latest_query: latestQuery,
    table_schemas: tables.map((table) => ({
      id: table.id,
      database_id: table.database_id,
      schema: table.schema,
      table: table.table,
      expanded: table.expanded,
    })),
  };
}
