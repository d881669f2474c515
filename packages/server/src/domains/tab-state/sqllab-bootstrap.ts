import type {
  DatabaseListItem,
  ScheduledQueriesConfig,
  SqlLabQuery,
  TabState,
} from '@superset-ts/shared';

/** The fields of a database the editor needs (Superset's SQL Lab bootstrap keys). */
export interface SqlLabDatabase {
  id: number;
  database_name: string;
  backend: string;
  expose_in_sqllab: boolean;
  allow_run_async: boolean;
  allow_dml: boolean;
  allow_ctas: boolean;
  allow_cvas: boolean;
  allow_file_upload: boolean;
  allows_subquery: boolean;
  allows_cost_estimate: boolean;
  force_ctas_schema: string | null;
  disable_data_preview: boolean;
  disable_drill_to_detail: boolean;
  allow_multi_catalog: boolean;
  engine_information: DatabaseListItem['engine_information'];
}

function extraFlags(extraText: string) {
  let extra: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(extraText);
    if (typeof parsed === 'object' && parsed !== null) extra = parsed as Record<string, unknown>;
  } catch {
    // An unreadable extra sets no flag.
  }
  return {
    disable_data_preview: extra.disable_data_preview === true,
    disable_drill_to_detail: extra.disable_drill_to_detail === true,
    allow_multi_catalog: extra.allow_multi_catalog === true,
  };
}

/** A database as the SQL Lab bootstrap lists it. */
export function presentSqlLabDatabase(item: DatabaseListItem): SqlLabDatabase {
  return {
    id: item.id,
    database_name: item.database_name,
    backend: item.backend,
    expose_in_sqllab: item.expose_in_sqllab,
    allow_run_async: item.allow_run_async,
    allow_dml: item.allow_dml,
    allow_ctas: item.allow_ctas,
    allow_cvas: item.allow_cvas,
    allow_file_upload: item.allow_file_upload,
    allows_subquery: item.allows_subquery,
    allows_cost_estimate: item.allows_cost_estimate,
    force_ctas_schema: item.force_ctas_schema,
    ...extraFlags(item.extra),
    engine_information: item.engine_information,
  };
}

/** The parts of `GET /api/v1/sqllab/`, gathered by the route. */
export interface SqlLabBootstrapParts {
  activeTab: TabState | null;
  tabStateIds: [number, string][];
  databases: readonly DatabaseListItem[];
  queries: Record<string, SqlLabQuery>;
  scheduledQueries: ScheduledQueriesConfig | null;
}

/** `GET /api/v1/sqllab/`'s answer (sqlLabBootstrapSchema). */
export function presentSqlLabBootstrap(parts: SqlLabBootstrapParts) {
  const databases: Record<string, SqlLabDatabase> = {};
  for (const item of parts.databases) databases[String(item.id)] = presentSqlLabDatabase(item);
  return {
    result: {
      active_tab: parts.activeTab,
      tab_state_ids: parts.tabStateIds,
      databases,
      queries: parts.queries,
      scheduled_queries: parts.scheduledQueries,
    },
  };
}
