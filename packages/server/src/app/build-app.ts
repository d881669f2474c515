import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import type { Config } from '../config/index.js';
import { isFeatureEnabled } from '../config/feature-flags.js';
import { createTemplateRenderer } from '../templating/index.js';
import type { MetadataDb } from '../db/index.js';
import { hashPassword, verifyPassword } from '../security/passwords/password-hasher.js';
import { createUserRepository } from '../domains/users/user.repository.js';
import { createSessionService } from '../domains/session/session.service.js';
import { registerSessionRoutes } from '../domains/session/session.routes.js';
import {
  ldapPasswordLoginFor,
  registerAuthProviderRoutes,
  remoteUserAuthenticatorFor,
} from '../domains/auth-providers/register-auth-providers.js';
import { createSessionRevocationRepository } from '../domains/session/session-revocation.repository.js';
import { createSecurityApiService } from '../domains/security-api/security-api.service.js';
import { registerSecurityApiRoutes } from '../domains/security-api/security-api.routes.js';
import { createApiTokens } from '../security/tokens/api-tokens.js';
import { createBearerAuthenticator } from '../security/tokens/bearer-authenticator.js';
import { registerCsrfGuard } from '../security/csrf/csrf-guard.js';
import { registerLoginRateLimit } from '../security/rate-limit/login-rate-limit.js';
import { registerUserManagement } from '../domains/users/register-user-management.js';
import { createLogRepository } from '../domains/logs/log.repository.js';
import { createLogService } from '../domains/logs/log.service.js';
import { registerLogRoutes } from '../domains/logs/log.routes.js';
import { registerDatabases } from '../domains/databases/register-databases.js';
import { registerDatasets } from '../domains/datasets/register-datasets.js';
import { registerCharts, type ChartsCapability } from '../domains/charts/register-charts.js';
import { registerDashboards } from '../domains/dashboards/register-dashboards.js';
import { createChartDashboardLinks } from '../domains/dashboards/chart-dashboard-links.js';
import { registerChartData } from '../domains/chart-data/register-chart-data.js';
import { registerDashboardData } from '../domains/dashboard-data/register-dashboard-data.js';
import { registerExplore } from '../domains/explore/register-explore.js';
import { registerCssTemplates } from '../domains/css-templates/register-css-templates.js';
import { registerDashboardPermalink } from '../domains/dashboard-permalink/register-dashboard-permalink.js';
import { registerDashboardFilterState } from '../domains/dashboard-filter-state/register-dashboard-filter-state.js';
import { registerSqlLab } from '../domains/sqllab/register-sqllab.js';
import { registerSavedQueries } from '../domains/saved-queries/register-saved-queries.js';
import { registerTabState } from '../domains/tab-state/register-tab-state.js';
import { registerSqlTools } from '../domains/sql-tools/register-sql-tools.js';
import { formatSql } from '../sql/format-sql.js';
import { registerEventLogging } from '../logging/event-logging.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerHttpHeaders } from './plugins/http-headers.js';
import { registerRequestLog } from './plugins/request-log.js';
import { createSessionAuthenticator, registerSessionCookie } from './plugins/session-cookie.js';
import { registerAccessGuard, type RegisteredRoute } from '../security/access/access-guard.js';
import { createRolePermissionCache } from '../security/access/role-permission-cache.js';
import {
  registerActorResolver,
  type Authenticator,
} from '../security/authentication/actor-resolver.js';
import { registerExtensions } from './plugins/extensions.js';
import { registerGracefulClose } from './plugins/graceful-close.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import { registerUiRoutes } from './ui/ui.routes.js';
import { publicSettingsFrom } from './ui/public-settings.js';
import { trustProxyFrom } from './proxy-trust.js';
import { registerTimeRange } from '../domains/time-range/register-time-range.js';
import { registerRowLevelSecurity } from '../domains/row-level-security/register-row-level-security.js';

/** Everything the web application is built from, wired at the composition root. */
export interface AppDeps {
  config: Config;
  metadataDb: MetadataDb;
  version: string;
  /** Folder of the built web app (`packages/web/dist`), or null to serve the API only. */
  webDistDir: string | null;
  /** Fastify logger setting: pino options, an existing logger, or false in quiet tests. */
  logger: FastifyServerOptions['logger'];
}

/**
 * Builds the web application without listening, so tests drive it with `inject()` and the
 * CLI decides where and how it listens. Order matters: error handling and headers first, then
 * the user's middleware, then sessions, then routes, then the user's blueprints.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  return (await buildAppWithRoutes(deps)).app;
}

/** The app and its route table with each route's declared access (for the authorisation matrix). */
export async function buildAppWithRoutes(
  deps: AppDeps,
): Promise<{ app: FastifyInstance; routes: RegisteredRoute[] }> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger,
    trustProxy: trustProxyFrom(config),
    routerOptions: { ignoreTrailingSlash: true },
    // One line per request comes from the request-log plugin instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout: config.SUPERSET_WEBSERVER_TIMEOUT * 1000,
    return503OnClosing: true,
  });

  registerErrorHandler(app, { showStacktrace: config.SHOW_STACKTRACE });
  registerRequestLog(app);
  registerGracefulClose(app);
  await registerHttpHeaders(app, {
    talismanEnabled: config.TALISMAN_ENABLED,
    defaultHeaders: config.DEFAULT_HTTP_HEADERS,
    headers: config.HTTP_HEADERS,
    overrideHeaders: config.OVERRIDE_HTTP_HEADERS,
  });
  if (config.COMPRESS_REGISTER) await app.register(compress, { threshold: 1024 });
  await registerExtensions(app, { middleware: config.ADDITIONAL_MIDDLEWARE, blueprints: [] });

  await registerSessionCookie(app, {
    secretKey: config.SECRET_KEY,
    cookieName: config.SESSION_COOKIE_NAME,
    lifetimeSeconds: config.PERMANENT_SESSION_LIFETIME,
    httpOnly: config.SESSION_COOKIE_HTTPONLY,
    secure: config.SESSION_COOKIE_SECURE,
    sameSite: config.SESSION_COOKIE_SAMESITE,
    domain: config.SESSION_COOKIE_DOMAIN,
  });

  const users = createUserRepository(deps.metadataDb);
  const sessionRevocations = createSessionRevocationRepository(deps.metadataDb);
  const ldapLogin = ldapPasswordLoginFor(app, config, users);
  const sessions = createSessionService({
    users,
    revocations: sessionRevocations,
    lifetimeSeconds: config.PERMANENT_SESSION_LIFETIME,
    hashPassword,
    verifyPassword,
    ldapLogin,
  });
  const acceptsCredentialOf = (userId: number, issuedAtSeconds: number) =>
    sessions.acceptsCredentialOf(userId, issuedAtSeconds);
  const authenticators: Authenticator[] = [];
  // wiring:authenticators (bearer tokens and trusted proxy headers go before the session cookie)
  const remoteUser = remoteUserAuthenticatorFor(app, config, users);
  if (remoteUser) authenticators.push(remoteUser);
  const apiTokens = createApiTokens({
    secretKey: config.SECRET_KEY,
    accessLifetimeSeconds: config.JWT_ACCESS_TOKEN_EXPIRES,
    refreshLifetimeSeconds: config.JWT_REFRESH_TOKEN_EXPIRES,
  });
  authenticators.push(
    createBearerAuthenticator({ tokens: apiTokens, acceptsTokenOf: acceptsCredentialOf }),
  );
  authenticators.push(
    createSessionAuthenticator({
      lifetimeSeconds: config.PERMANENT_SESSION_LIFETIME,
      isRevoked: (sid) => sessionRevocations.isRevoked(sid),
      acceptsSessionOf: acceptsCredentialOf,
    }),
  );
  const rolePermissions = createRolePermissionCache(deps.metadataDb);
  registerActorResolver(app, {
    authenticators,
    findCurrentUser: (userId) => sessions.findCurrentUser(userId),
    rolePermissions,
    publicRoleName: config.AUTH_ROLE_PUBLIC,
  });
  const routes = registerAccessGuard(app, { publicPrefixes: ['/static/'] });
  // wiring:request-hooks (plugins that must see every route: CSRF, rate limits, the event log)
  registerCsrfGuard(app, {
    isEnabled: config.WTF_CSRF_ENABLED,
    exemptPaths: config.WTF_CSRF_EXEMPT_LIST,
    timeLimitSeconds: config.WTF_CSRF_TIME_LIMIT,
  });
  const loginRateLimit = await registerLoginRateLimit(app, {
    isEnabled: config.AUTH_RATE_LIMITED,
    rate: config.AUTH_RATE_LIMIT,
  });
  const eventRecorder = registerEventLogging(app, {
    eventLogger: config.EVENT_LOGGER,
    metadataDb: deps.metadataDb,
    findUserIdByUsername: async (username) => (await users.findByUsername(username))?.id,
  });

  registerHealthRoutes(app);
  registerSessionRoutes(app, { sessions, loginRateLimit });
  // wiring:routes (each capability's routes, one registration call per line)
  // One pool of template workers for SQL Lab and chart data.
  const templateRenderer = isFeatureEnabled(config, 'ENABLE_TEMPLATE_PROCESSING')
    ? createTemplateRenderer({ config })
    : null;
  app.addHook('onClose', async () => {
    await templateRenderer?.close();
  });
  const rls = registerRowLevelSecurity(app, { config, metadataDb: deps.metadataDb });
  registerTimeRange(app);
  const databases = registerDatabases(app, {
    config,
    metadataDb: deps.metadataDb,
    rolePermissions,
  });
  // Charts are registered after datasets; related_objects asks them lazily.
  let chartsOfDataset: ChartsCapability['chartsOfDataset'] = () => Promise.resolve([]);
  const datasets = registerDatasets(app, {
    config,
    metadataDb: deps.metadataDb,
    databases,
    rolePermissions,
    relatedCharts: (datasetId) => chartsOfDataset(datasetId),
    rlsPredicatesFor: (actor, datasetId) => rls.predicatesFor(actor, datasetId),
  });
  const dashboardAccess = {
    metadataDb: deps.metadataDb,
    adminRoleName: config.AUTH_ROLE_ADMIN,
    isRbacEnabled: () => isFeatureEnabled(config, 'DASHBOARD_RBAC'),
  };
  const charts = registerCharts(app, {
    metadataDb: deps.metadataDb,
    datasets,
    dashboards: createChartDashboardLinks(dashboardAccess),
    adminRoleName: config.AUTH_ROLE_ADMIN,
  });
  chartsOfDataset = (datasetId) => charts.chartsOfDataset(datasetId);
  const dashboards = registerDashboards(app, {
    ...dashboardAccess,
    datasetForFilters: (actor, id) => datasets.getExploreDatasource(actor, id),
  });
  const chartData = await registerChartData(app, {
    config,
    metadataDb: deps.metadataDb,
    databases,
    datasets,
    rls,
    charts,
    ...(templateRenderer ? { templates: templateRenderer } : {}),
  });
  registerDashboardData(app, { dashboards, chartData });
  registerDashboardPermalink(app, {
    metadataDb: deps.metadataDb,
    getReadableDashboard: (actor, idOrSlug) => dashboards.getReadableDashboard(actor, idOrSlug),
  });
  registerDashboardFilterState(app, {
    config,
    metadataDb: deps.metadataDb,
    getReadableDashboard: (actor, idOrSlug) => dashboards.getReadableDashboard(actor, idOrSlug),
  });
  registerExplore(app, {
    config,
    metadataDb: deps.metadataDb,
    charts,
    exploreDatasource: (actor, id) => datasets.getExploreDatasource(actor, id),
  });
  const sqlLab = registerSqlLab(app, {
    config,
    metadataDb: deps.metadataDb,
    databases,
    templateRenderer,
  });
  registerCssTemplates(app, { metadataDb: deps.metadataDb });
  registerSavedQueries(app, { config, metadataDb: deps.metadataDb, databases });
  registerTabState(app, { config, metadataDb: deps.metadataDb, databases });
  registerSqlTools(app, {
    config,
    databases,
    formatSql,
    renderTemplate: sqlLab.renderTemplate,
  });
  registerAuthProviderRoutes(app, { config, users });
  registerSecurityApiRoutes(app, {
    service: createSecurityApiService({
      authenticateDb: (username, password) => sessions.authenticateDb(username, password),
      authenticateLdap: ldapLogin,
      isLdapConfigured: config.AUTH_TYPE === 'AUTH_LDAP',
      tokens: apiTokens,
      acceptsTokenOf: acceptsCredentialOf,
    }),
    loginRateLimit,
  });
  registerUserManagement(app, { config, metadataDb: deps.metadataDb, users, rolePermissions });
  registerLogRoutes(
    app,
    createLogService({ logs: createLogRepository(deps.metadataDb), recorder: eventRecorder }),
  );
  await registerExtensions(app, { middleware: [], blueprints: config.BLUEPRINTS });
  await registerUiRoutes(app, {
    webDistDir: deps.webDistDir,
    settings: publicSettingsFrom(config, deps.version),
    menuSwitches: { isLogViewEnabled: config.SUPERSET_LOG_VIEW },
  });

  return { app, routes };
}
