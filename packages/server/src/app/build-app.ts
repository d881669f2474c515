import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import type { Config } from '../config/index.js';
import type { MetadataDb } from '../db/index.js';
import { hashPassword, verifyPassword } from '../security/passwords/password-hasher.js';
import { createUserRepository } from '../domains/users/user.repository.js';
import { createSessionService } from '../domains/session/session.service.js';
import { registerSessionRoutes } from '../domains/session/session.routes.js';
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
  });

  const users = createUserRepository(deps.metadataDb);
  const sessions = createSessionService({ users, hashPassword, verifyPassword });
  const authenticators: Authenticator[] = [];
  // wiring:authenticators (bearer tokens and trusted proxy headers go before the session cookie)
  authenticators.push(createSessionAuthenticator(config.PERMANENT_SESSION_LIFETIME));
  registerActorResolver(app, {
    authenticators,
    findCurrentUser: (userId) => sessions.findCurrentUser(userId),
    rolePermissions: createRolePermissionCache(deps.metadataDb),
    publicRoleName: config.AUTH_ROLE_PUBLIC,
  });
  const routes = registerAccessGuard(app, { publicPrefixes: ['/static/'] });
  // wiring:request-hooks (plugins that must see every route: CSRF, rate limits, the event log)

  registerHealthRoutes(app);
  registerSessionRoutes(app, sessions);
  // wiring:routes (each capability's routes, one registration call per line)
  await registerExtensions(app, { middleware: [], blueprints: config.BLUEPRINTS });
  await registerUiRoutes(app, {
    webDistDir: deps.webDistDir,
    settings: publicSettingsFrom(config, deps.version),
  });

  return { app, routes };
}
