/**
 * The expected answer of every route to every persona, checked by
 * authorization-matrix.test.ts against the live route table: a route missing here fails the
 * test, so each new endpoint must state who may call it.
 */
export const PERSONAS = ['anonymous', 'gamma', 'sqlLab', 'alpha', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];
type Verdict = 'allow' | 'deny';

/**
 * Per persona: allowed (any answer but 401/403) or denied (401 anonymous, 403 users).
 * `own-credential` marks routes that authenticate by a credential of their own (a refresh
 * token, an OAuth callback); their refusals are covered by their own tests.
 */
export type Expectation = Readonly<Record<Persona, Verdict>> | 'own-credential';

const EVERYONE: Expectation = {
  anonymous: 'allow',
  gamma: 'allow',
  sqlLab: 'allow',
  alpha: 'allow',
  admin: 'allow',
};
const LOGGED_IN: Expectation = {
  anonymous: 'deny',
  gamma: 'allow',
  sqlLab: 'allow',
  alpha: 'allow',
  admin: 'allow',
};
const ADMIN_ONLY: Expectation = {
  anonymous: 'deny',
  gamma: 'deny',
  sqlLab: 'deny',
  alpha: 'deny',
  admin: 'allow',
};

/** SQL Lab's permissions (the sql_lab role's SQL Lab-only pairs): the sqlLab persona and Admin. */
const SQL_LAB_USERS: Expectation = { ...ADMIN_ONLY, sqlLab: 'allow' };

/** `can_write` on Dataset: Alpha and Admin. */
const DATASET_WRITERS: Expectation = { ...ADMIN_ONLY, alpha: 'allow' };

/** `can_write` on CssTemplate: Alpha and Admin (Gamma only reads). */
const CSS_TEMPLATE_WRITERS: Expectation = { ...ADMIN_ONLY, alpha: 'allow' };

/** `can_read` on Database: every built-in role but Public. */
const DATABASE_READERS: Expectation = LOGGED_IN;

export const EXPECTED_ACCESS: Readonly<Record<string, Expectation>> = {
  'GET /health': EVERYONE,
  'GET /healthcheck': EVERYONE,
  'GET /ping': EVERYONE,
  'GET /': EVERYONE,
  'GET /login/': EVERYONE,
  'GET /superset/welcome/': EVERYONE,
  'POST /login/': EVERYONE,
  'GET /logout/': EVERYONE,
  'GET /api/v1/me/': LOGGED_IN,
  // API tokens and the CSRF token (Flask-AppBuilder's security API).
  'POST /api/v1/security/login': EVERYONE,
  'POST /api/v1/security/refresh': 'own-credential',
  'GET /api/v1/security/csrf_token/': EVERYONE,
  // User management (users, roles, permissions) and the current user's profile.
  'GET /users/list/': { ...ADMIN_ONLY, anonymous: 'allow' }, // anonymous: redirect to login
  'GET /roles/list/': { ...ADMIN_ONLY, anonymous: 'allow' },
  'GET /user_info/': EVERYONE,
  'GET /api/v1/security/users/': ADMIN_ONLY,
  'GET /api/v1/security/users/:pk': ADMIN_ONLY,
  'POST /api/v1/security/users/': ADMIN_ONLY,
  'PUT /api/v1/security/users/:pk': ADMIN_ONLY,
  'DELETE /api/v1/security/users/:pk': ADMIN_ONLY,
  'GET /api/v1/security/roles/': ADMIN_ONLY,
  'GET /api/v1/security/roles/:pk': ADMIN_ONLY,
  'POST /api/v1/security/roles/': ADMIN_ONLY,
  'PUT /api/v1/security/roles/:pk': ADMIN_ONLY,
  'DELETE /api/v1/security/roles/:pk': ADMIN_ONLY,
  'GET /api/v1/security/roles/:pk/permissions/': ADMIN_ONLY,
  'POST /api/v1/security/roles/:pk/permissions': ADMIN_ONLY,
  'GET /api/v1/security/permissions-resources/': ADMIN_ONLY,
  'GET /api/v1/me/roles/': LOGGED_IN,
  'PUT /api/v1/me/': LOGGED_IN,
  'PUT /api/v1/me/password': LOGGED_IN,
  'GET /actionlog/list/': { ...ADMIN_ONLY, anonymous: 'allow' }, // anonymous: redirect to login
  'GET /api/v1/log/': ADMIN_ONLY,
  'GET /api/v1/log/:pk': ADMIN_ONLY,
  'GET /api/v1/log/related/user': ADMIN_ONLY,
  'GET /rowlevelsecurity/list/': { ...ADMIN_ONLY, anonymous: 'allow' }, // anonymous: redirect
  'GET /api/v1/rowlevelsecurity/': ADMIN_ONLY,
  'GET /api/v1/rowlevelsecurity/:pk': ADMIN_ONLY,
  'GET /api/v1/rowlevelsecurity/related/roles': ADMIN_ONLY,
  'GET /api/v1/rowlevelsecurity/related/tables': ADMIN_ONLY,
  'POST /api/v1/rowlevelsecurity/': ADMIN_ONLY,
  'PUT /api/v1/rowlevelsecurity/:pk': ADMIN_ONLY,
  'DELETE /api/v1/rowlevelsecurity/:pk': ADMIN_ONLY,
  'DELETE /api/v1/rowlevelsecurity/': ADMIN_ONLY,
  'GET /api/v1/log/recent_activity/': LOGGED_IN,
  'POST /api/v1/log/': LOGGED_IN,
  // Database connections: can_read on Database (Gamma and up) reads and browses, can_write
  // (Admin) changes and tests; each database is further limited to who has access to it.
  'GET /databaseview/list/': { ...DATABASE_READERS, anonymous: 'allow' }, // anonymous: redirect
  // SQL Lab's pages (can_sqllab on Superset, can_read on Query / SavedQuery: sql_lab and Admin).
  'GET /sqllab/': { ...ADMIN_ONLY, sqlLab: 'allow', anonymous: 'allow' }, // anonymous: redirect
  'GET /sqllab/history/': { ...ADMIN_ONLY, sqlLab: 'allow', anonymous: 'allow' },
  'GET /savedqueryview/list/': { ...ADMIN_ONLY, sqlLab: 'allow', anonymous: 'allow' },
  'GET /api/v1/database/': DATABASE_READERS,
  'GET /api/v1/database/:pk': DATABASE_READERS,
  'POST /api/v1/database/': ADMIN_ONLY,
  'PUT /api/v1/database/:pk': ADMIN_ONLY,
  'DELETE /api/v1/database/:pk': ADMIN_ONLY,
  'GET /api/v1/database/:pk/connection': ADMIN_ONLY,
  'POST /api/v1/database/test_connection/': ADMIN_ONLY,
  'POST /api/v1/database/validate_parameters/': ADMIN_ONLY,
  'GET /api/v1/database/available/': DATABASE_READERS,
  'GET /api/v1/database/:pk/related_objects/': DATABASE_READERS,
  'GET /api/v1/database/:pk/schemas/': DATABASE_READERS,
  'GET /api/v1/database/:pk/tables/': DATABASE_READERS,
  'GET /api/v1/database/:pk/table/:table/:schema/': DATABASE_READERS,
  'GET /api/v1/database/:pk/table_metadata/': DATABASE_READERS,
  'GET /api/v1/database/:pk/select_star/:table/': DATABASE_READERS,
  'GET /api/v1/database/:pk/select_star/:table/:schema/': DATABASE_READERS,
  // SQL Lab's saved queries, tabs and SQL tools: sql_lab's permissions (SavedQuery, SQLLab,
  // TabStateView, TableSchemaView), held by the sqlLab persona and Admin. validate_sql needs
  // can_read on Database, as Superset; each is further limited to databases the caller may use.
  'GET /api/v1/saved_query/': SQL_LAB_USERS,
  'GET /api/v1/saved_query/:pk': SQL_LAB_USERS,
  'POST /api/v1/saved_query/': SQL_LAB_USERS,
  'PUT /api/v1/saved_query/:pk': SQL_LAB_USERS,
  'DELETE /api/v1/saved_query/:pk': SQL_LAB_USERS,
  'DELETE /api/v1/saved_query/': SQL_LAB_USERS,
  'GET /savedqueryviewapi/api/read': SQL_LAB_USERS,
  'GET /api/v1/sqllab/': SQL_LAB_USERS,
  'POST /api/v1/sqllab/format_sql/': SQL_LAB_USERS,
  // Time ranges as charts read them (any logged-in user).
  'GET /api/v1/time_range/': LOGGED_IN,
  'POST /api/v1/sqllab/estimate/': SQL_LAB_USERS,
  'POST /api/v1/database/:pk/validate_sql/': DATABASE_READERS,
  'POST /tabstateview/': SQL_LAB_USERS,
  'GET /tabstateview/:pk': SQL_LAB_USERS,
  'PUT /tabstateview/:pk': SQL_LAB_USERS,
  'DELETE /tabstateview/:pk': SQL_LAB_USERS,
  'POST /tabstateview/:pk/activate': SQL_LAB_USERS,
  'POST /tableschemaview/': SQL_LAB_USERS,
  'DELETE /tableschemaview/:pk': SQL_LAB_USERS,
  'POST /tableschemaview/:pk/expanded': SQL_LAB_USERS,
  // SQL Lab execution (SQLLab) and the query history (can_read on Query): sql_lab and Admin.
  'POST /api/v1/sqllab/execute/': SQL_LAB_USERS,
  'GET /api/v1/sqllab/results/': SQL_LAB_USERS,
  'GET /api/v1/sqllab/export/:client_id/': SQL_LAB_USERS,
  'GET /api/v1/query/': SQL_LAB_USERS,
  'GET /api/v1/query/:pk': SQL_LAB_USERS,
  'GET /api/v1/query/updated_since': SQL_LAB_USERS,
  'GET /api/v1/query/related/database': SQL_LAB_USERS,
  'GET /api/v1/query/related/user': SQL_LAB_USERS,
  'POST /api/v1/query/stop': SQL_LAB_USERS,
  // Datasets: can_read on Dataset (Gamma and up; each dataset further limited to those whose
  // data the caller may access), can_write (Alpha, Admin; changes also need ownership).
  'GET /api/v1/dataset/': LOGGED_IN,
  'GET /tablemodelview/list/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  // Charts and Explore pages: can_read (list) / can_write (add) on Chart, can_read on Explore.
  'GET /chart/list/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /chart/add/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /explore/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /superset/explore/p/:key/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  // Dashboard pages: can_read on Dashboard.
  'GET /dashboard/list/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /superset/dashboard/:idOrSlug/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /superset/dashboard/p/:key/': { ...LOGGED_IN, anonymous: 'allow' }, // anonymous: redirect
  'GET /api/v1/dataset/_info': LOGGED_IN,
  'GET /api/v1/dataset/:pk': LOGGED_IN,
  'GET /api/v1/dataset/:pk/related_objects': LOGGED_IN,
  'GET /api/v1/dataset/related/:column': LOGGED_IN,
  'GET /api/v1/dataset/distinct/:column': LOGGED_IN,
  'POST /api/v1/dataset/': DATASET_WRITERS,
  'PUT /api/v1/dataset/:pk': DATASET_WRITERS,
  'PUT /api/v1/dataset/:pk/refresh': DATASET_WRITERS,
  'DELETE /api/v1/dataset/:pk': DATASET_WRITERS,
  'DELETE /api/v1/dataset/': DATASET_WRITERS,
  'POST /api/v1/dataset/duplicate': DATASET_WRITERS,
  // Charts: can_read/can_write on Chart (Gamma and up); each chart further limited to those on
  // datasets the caller may access, changes to its owners and Admin. Explore and its form-data
  // and permalink stores: can_read/can_write on Explore, ExploreFormDataRestApi and
  // ExplorePermalinkRestApi (Gamma and up).
  'GET /api/v1/chart/': LOGGED_IN,
  'GET /api/v1/chart/:pk': LOGGED_IN,
  'POST /api/v1/chart/': LOGGED_IN,
  'PUT /api/v1/chart/:pk': LOGGED_IN,
  'DELETE /api/v1/chart/:pk': LOGGED_IN,
  'DELETE /api/v1/chart/': LOGGED_IN,
  'GET /api/v1/chart/favorite_status/': LOGGED_IN,
  'POST /api/v1/chart/:pk/favorites/': LOGGED_IN,
  // Chart data: can_read on Chart (Gamma and up); each query's dataset is checked by the service.
  'POST /api/v1/chart/data': LOGGED_IN,
  'GET /api/v1/chart/:pk/data/': LOGGED_IN,
  'DELETE /api/v1/chart/:pk/favorites/': LOGGED_IN,
  'GET /api/v1/chart/related/owners': LOGGED_IN,
  // Dashboards: can_read/can_write on Dashboard (Gamma and up); each dashboard further limited
  // to those DashboardAccessFilter shows the caller, changes to its owners and Admin.
  'GET /api/v1/dashboard/': LOGGED_IN,
  'GET /api/v1/dashboard/_info': LOGGED_IN,
  'GET /api/v1/dashboard/:pk': LOGGED_IN,
  'GET /api/v1/dashboard/:pk/charts': LOGGED_IN,
  'GET /api/v1/dashboard/:pk/datasets': LOGGED_IN,
  // One request for every chart's data: can_read on Dashboard; each chart's data access is checked as it runs.
  'POST /api/v1/dashboard/:idOrSlug/chart_data': LOGGED_IN,
  'POST /api/v1/dashboard/': LOGGED_IN,
  'PUT /api/v1/dashboard/:pk': LOGGED_IN,
  'POST /api/v1/dashboard/:pk/copy/': LOGGED_IN,
  'DELETE /api/v1/dashboard/:pk': LOGGED_IN,
  'DELETE /api/v1/dashboard/': LOGGED_IN,
  'GET /api/v1/dashboard/favorite_status/': LOGGED_IN,
  'POST /api/v1/dashboard/:pk/favorites/': LOGGED_IN,
  'DELETE /api/v1/dashboard/:pk/favorites/': LOGGED_IN,
  'GET /api/v1/dashboard/related/owners': LOGGED_IN,
  'GET /api/v1/dashboard/related/roles': LOGGED_IN,
  'GET /api/v1/explore/': LOGGED_IN,
  'POST /api/v1/explore/form_data': LOGGED_IN,
  'GET /api/v1/explore/form_data/:key': LOGGED_IN,
  'PUT /api/v1/explore/form_data/:key': LOGGED_IN,
  'DELETE /api/v1/explore/form_data/:key': LOGGED_IN,
  'POST /api/v1/explore/permalink': LOGGED_IN,
  'GET /api/v1/explore/permalink/:key': LOGGED_IN,
  // Filter values: can_read on Datasource, then access to the dataset's data.
  'GET /api/v1/datasource/:datasource_type/:pk/column/:column_name/values/': LOGGED_IN,
  // Dashboard permalinks and filter states: can_read/can_write on DashboardPermalinkRestApi and
  // DashboardFilterStateRestApi (Gamma and up), then the dashboard must be one the caller sees.
  'POST /api/v1/dashboard/:pk/permalink': LOGGED_IN,
  'GET /api/v1/dashboard/permalink/:key': LOGGED_IN,
  'POST /api/v1/dashboard/:pk/filter_state': LOGGED_IN,
  'GET /api/v1/dashboard/:pk/filter_state/:key': LOGGED_IN,
  'PUT /api/v1/dashboard/:pk/filter_state/:key': LOGGED_IN,
  'DELETE /api/v1/dashboard/:pk/filter_state/:key': LOGGED_IN,
  // CSS templates: can_read on CssTemplate (Gamma and up), can_write (Alpha and Admin).
  'GET /api/v1/css_template/': LOGGED_IN,
  'GET /api/v1/css_template/_info': LOGGED_IN,
  'GET /api/v1/css_template/:pk': LOGGED_IN,
  'POST /api/v1/css_template/': CSS_TEMPLATE_WRITERS,
  'PUT /api/v1/css_template/:pk': CSS_TEMPLATE_WRITERS,
  'DELETE /api/v1/css_template/:pk': CSS_TEMPLATE_WRITERS,
  'DELETE /api/v1/css_template/': CSS_TEMPLATE_WRITERS,
};

/** Kept for routes the security capability adds (users, roles, logs). */
export const MATRIX_PRESETS = { EVERYONE, LOGGED_IN, ADMIN_ONLY };
