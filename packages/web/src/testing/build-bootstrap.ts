import { DEFAULT_FEATURE_FLAGS, type Bootstrap, type CurrentUser } from '@superset-ts/shared';

/** A logged-in user as the server describes it; override what a test cares about. */
export function buildUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 1,
    username: 'admin',
    first_name: 'Ada',
    last_name: 'Admin',
    email: 'admin@example.com',
    is_active: true,
    is_anonymous: false,
    roles: ['Admin'],
    ...overrides,
  };
}

/** A bootstrap payload for a logged-in user with an empty menu, as the server sends today. */
export function buildBootstrap(
  overrides: { user?: CurrentUser | null; common?: Partial<Bootstrap['common']> } = {},
): Bootstrap {
  return {
    user: overrides.user === undefined ? buildUser() : overrides.user,
    common: {
      app_name: 'Superset',
      version: '0.1.0',
      feature_flags: { ...DEFAULT_FEATURE_FLAGS },
      menu: [],
      auth_type: 'AUTH_DB',
      auth_user_registration: false,
      oauth_providers: [],
      environment_tag: null,
      flash_messages: [],
      ...overrides.common,
    },
  };
}
