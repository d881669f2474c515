import type { FastifyInstance } from 'fastify';
import { beginUserSession } from '../../../../app/plugins/session-cookie.js';
import { InvalidCredentialsError } from '../../../../errors/app-error.js';
import { noteUserLoggedIn } from '../../../../logging/logged-in-user.js';
import type { UserRepository } from '../../../../domains/users/user.repository.js';
import type { Authenticator } from '../../actor-resolver.js';
import type { ExternalLogin } from '../login-external-user.js';
import { remoteUserOf } from './remote-user.js';

/** What the remote-user authenticator needs. */
export interface RemoteUserAuthenticatorDeps {
  /** AUTH_REMOTE_USER_ENV_VAR. */
  envVar: string;
  users: Pick<UserRepository, 'findByUsername'>;
  externalLogin: ExternalLogin;
}

/**
 * AUTH_REMOTE_USER: the user name a trusted proxy vouched for (see `remoteUserOf`) decides who
 * the request is from. Seen for the first time in this browser session, the user is logged in
 * as Flask-AppBuilder does (registered with AUTH_USER_REGISTRATION_ROLE when
 * AUTH_USER_REGISTRATION is on, the login recorded, a session started); later requests of the
 * same session cost one lookup. A name that matches no usable account makes the request
 * anonymous, and ends a session that belonged to someone else. Without a name, the next
 * authenticator (the session cookie) decides.
 */
export function createRemoteUserAuthenticator(deps: RemoteUserAuthenticatorDeps): Authenticator {
  return async (request) => {
    const username = remoteUserOf(request, deps.envVar);
    if (username === undefined) return undefined;
    const known = await deps.users.findByUsername(username);
    if (known && known.id === request.session.get('userId')) return known.id;
    try {
      const user = await deps.externalLogin.loginExternalUser(
        { username, first_name: username, last_name: '-', email: '', groups: [] },
        { hasDirectoryDetails: true, canSyncRoles: false },
      );
      beginUserSession(request.session, user.id, Date.now() / 1000);
      noteUserLoggedIn(request, user);
      return user.id;
    } catch (error) {
      if (!(error instanceof InvalidCredentialsError)) throw error;
      // Emptied first: a deleted session still answers get() for the rest of this request.
      request.session.regenerate();
      request.session.delete();
      return undefined;
    }
  };
}

/** Lets ADDITIONAL_MIDDLEWARE set `request.remoteUser` on every request object alike. */
export function declareRemoteUser(app: FastifyInstance): void {
  if (!app.hasRequestDecorator('remoteUser')) app.decorateRequest('remoteUser', undefined);
}
