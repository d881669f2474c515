import type { SqlLabQuery, SqlLabResults, TabState } from '@superset-ts/shared';
import type { SqlLabBootstrap } from '../../../api/sqllab';

/** A stored tab; override what a test cares about. */
export function buildTabState(overrides: Partial<TabState> = {}): TabState {
  return {
    id: 7,
    label: 'Untitled Query 1',
    active: true,
    database_id: 1,
    schema: 'public',
    catalog: null,
    sql: 'SELECT 1',
    query_limit: null,
    template_params: null,
    autorun: false,
    hide_left_bar: false,
    saved_query_id: null,
    latest_query: null,
    table_schemas: [],
    ...overrides,
  };
}

/** A query as SQL Lab's client keeps it. */
export function buildQuery(overrides: Partial<SqlLabQuery> = {}): SqlLabQuery {
  return {
    id: 'abc123',
    queryId: 1,
    dbId: 1,
    db: 'Warehouse',
    sql: 'SELECT 1',
    executedSql: 'SELECT 1 LIMIT 1001',
    schema: 'public',
    catalog: null,
    tab: 'Untitled Query 1',
    sqlEditorId: '7',
    state: 'success',
    progress: 100,
    rows: 1,
    limit: 1000,
    limitingFactor: 'NOT_LIMITED',
    errorMessage: null,
    resultsKey: null,
    ctas: false,
    ctas_method: null,
    tempSchema: null,
    tempTable: null,
    startDttm: 1_700_000_000_000,
    endDttm: 1_700_000_000_250,
    changed_on: '2023-11-14T22:13:20',
    userId: 1,
    user: 'admin',
    trackingUrl: null,
    extra: {},
    ...overrides,
  };
}

/** A finished run's answer with the given rows (columns from the first row). */
export function buildResults(
  rows: Record<string, unknown>[],
  query: Partial<SqlLabQuery> = {},
): SqlLabResults {
  const columns = Object.keys(rows[0] ?? {}).map((name) => ({
    column_name: name,
    name,
    type: null,
    type_generic: null,
    is_dttm: false,
  }));
  return {
    status: 'success',
    query_id: 1,
    query: buildQuery({ rows: rows.length, ...query }),
    data: rows,
    columns,
    selected_columns: columns,
    expanded_columns: [],
  };
}

/** SQL Lab's bootstrap with one PostgreSQL database and the given tabs. */
export function buildSqlLabBootstrap(overrides: Partial<SqlLabBootstrap> = {}): SqlLabBootstrap {
  const active = overrides.active_tab === undefined ? buildTabState() : overrides.active_tab;
  return {
    active_tab: active,
    tab_state_ids: active ? [[active.id, active.label]] : [],
    databases: {
      '1': {
        id: 1,
        database_name: 'Warehouse',
        backend: 'postgresql',
        allow_run_async: false,
        allow_dml: false,
        allows_cost_estimate: false,
        expose_in_sqllab: true,
      },
    },
    queries: {},
    ...overrides,
  };
}
