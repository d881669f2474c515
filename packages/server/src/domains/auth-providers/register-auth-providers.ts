import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import type { Authenticator } from '../../security/authentication/actor-resolver.js';
import {
  createLdapPasswordLogin,
  type PasswordLogin,
} from '../../security/authentication/providers/ldap/ldap-password-login.js';
import { createExternalLogin } from '../../security/authentication/providers/login-external-user.js';
import { createOAuthEndpointResolver } from '../../security/authentication/providers/oauth/oauth-endpoints.js';
import { createOAuthStateSealer } from '../../security/authentication/providers/oauth/oauth-state-cookie.js';
import { registrationSettingsFrom } from '../../security/authentication/providers/registration-settings.js';
import {
  createRemoteUserAuthenticator,
  declareRemoteUser,
} from '../../security/authentication/providers/remote-user/remote-user-authenticator.js';
import type { UserRepository } from '../users/user.repository.js';
import { createOAuthLoginService } from './oauth-login.service.js';
import { registerOAuthRoutes } from './oauth.routes.js';

/**
 * The identity providers other than the metadata database, wired from the config at the
 * composition root (build-app.ts). Each piece exists only for its AUTH_TYPE.
 */

/** AUTH_LDAP: the password login POST /login/ and the token API use; undefined otherwise. */
export function ldapPasswordLoginFor(
  app: FastifyInstance,
  config: Config,
  users: UserRepository,
): PasswordLogin | undefined {
  if (config.AUTH_TYPE !== 'AUTH_LDAP') return undefined;
  return createLdapPasswordLogin({
    settings: config,
    users,
    externalLogin: createExternalLogin({ users, settings: registrationSettingsFrom(config) }),
    log: app.log,
  });
}

/**
 * AUTH_REMOTE_USER: the authenticator that trusts the proxy's user name; undefined otherwise.
 * `request.remoteUser` is declared whatever the AUTH_TYPE, for ADDITIONAL_MIDDLEWARE to set.
 */
export function remoteUserAuthenticatorFor(
  app: FastifyInstance,
  config: Config,
  users: UserRepository,
): Authenticator | undefined {
  declareRemoteUser(app);
  if (config.AUTH_TYPE !== 'AUTH_REMOTE_USER') return undefined;
  return createRemoteUserAuthenticator({
    envVar: config.AUTH_REMOTE_USER_ENV_VAR,
    users,
    externalLogin: createExternalLogin({ users, settings: registrationSettingsFrom(config) }),
  });
}

/** AUTH_OAUTH: `/login/<provider>` and `/oauth-authorized/<provider>`; nothing otherwise. */
export function registerAuthProviderRoutes(
  app: FastifyInstance,
  deps: { config: Config; users: UserRepository },
): void {
  const { config, users } = deps;
  if (config.AUTH_TYPE !== 'AUTH_OAUTH') return;
  const service = createOAuthLoginService({
    providers: config.OAUTH_PROVIDERS,
    userInfoHook: config.OAUTH_USER_INFO,
    endpoints: createOAuthEndpointResolver(),
    sealer: createOAuthStateSealer(config.SECRET_KEY),
    externalLogin: createExternalLogin({ users, settings: registrationSettingsFrom(config) }),
    log: app.log,
  });
  registerOAuthRoutes(app, { service, isCookieSecure: config.SESSION_COOKIE_SECURE });
}
