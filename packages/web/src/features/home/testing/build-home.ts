import type { QueryHistoryItem, RecentActivity, SavedQuery } from '@superset-ts/shared';

/** A recent view of dashboard 7 ("Sales"), an hour ago. */
export function buildActivity(overrides: Partial<RecentActivity> = {}): RecentActivity {
  return {
    action: 'DashboardRestApi.get',
    item_type: 'dashboard',
    item_url: '/superset/dashboard/7/',
    item_title: 'Sales',
    time: 1767225600000,
    time_delta_humanized: 'an hour ago',
    ...overrides,
  };
}

/** A saved query "Top customers" on the `examples` database. */
export function buildSavedQuery(overrides: Partial<SavedQuery> = {}): SavedQuery {
  return {
    id: 3,
    uuid: '00000000-0000-4000-a000-000000000003',
    label: 'Top customers',
    description: null,
    db_id: 1,
    database: { id: 1, database_name: 'examples' },
    catalog: null,
    schema: 'main',
    sql: 'SELECT 1',
    template_parameters: null,
    extra_json: '{}',
    rows: null,
    last_run: null,
    changed_on: '2026-01-01T00:00:00.000000',
    changed_on_delta_humanized: '5 minutes ago',
    created_by: { id: 1, first_name: 'Ada', last_name: 'Admin' },
    ...overrides,
  };
}

/** A finished SQL Lab query run by user 1. */
export function buildQueryRun(overrides: Partial<QueryHistoryItem> = {}): QueryHistoryItem {
  return {
    id: 9,
    client_id: 'abc123',
    changed_on: '2026-01-01T00:00:00.000000',
    database: { id: 1, database_name: 'examples' },
    schema: 'main',
    sql: 'SELECT 1',
    executed_sql: 'SELECT 1',
    status: 'success',
    rows: 1,
    start_time: 1767225600000,
    end_time: 1767225600100,
    tab_name: 'Untitled Query 1',
    tmp_table_name: null,
    tracking_url: null,
    user: { id: 1, first_name: 'Ada', last_name: 'Admin' },
    error_message: null,
    ...overrides,
  };
}
