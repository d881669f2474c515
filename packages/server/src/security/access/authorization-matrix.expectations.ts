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
  'POST /api/v1/query/stop': SQL_LAB_USERS,
};

/** Kept for routes the security capability adds (users, roles, logs). */
export const MATRIX_PRESETS = { EVERYONE, LOGGED_IN, ADMIN_ONLY };
