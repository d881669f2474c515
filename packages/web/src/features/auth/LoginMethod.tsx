import type { Bootstrap } from '@superset-ts/shared';
import { ExternalAuthNotice } from './ExternalAuthNotice';
import { LoginForm } from './LoginForm';
import { OAuthProviderButtons } from './OAuthProviderButtons';

type AuthType = Bootstrap['common']['auth_type'];

/** The line under the login page's title for each sign-in method, if any. */
export function loginHint(authType: AuthType): string | null {
  switch (authType) {
    case 'AUTH_DB':
      return 'Enter your username and password.';
    case 'AUTH_LDAP':
      return 'Enter your directory (LDAP) username and password.';
    case 'AUTH_OAUTH':
      return 'Choose how to sign in.';
    case 'AUTH_REMOTE_USER':
    case 'AUTH_SAML':
      return null;
  }
}

/**
 * What the login page offers for the configured AUTH_TYPE: the username and password form
 * (database or LDAP accounts; the server decides which checks it), one button per OAuth
 * provider, or a notice for sign-in the browser cannot start here.
 */
export function LoginMethod({
  common,
  next,
}: {
  common: Bootstrap['common'];
  next: string | null;
}) {
  const authType = common.auth_type;
  switch (authType) {
    case 'AUTH_DB':
    case 'AUTH_LDAP':
      return <LoginForm next={next} />;
    case 'AUTH_OAUTH':
      return <OAuthProviderButtons providers={common.oauth_providers} next={next} />;
    case 'AUTH_REMOTE_USER':
    case 'AUTH_SAML':
      return <ExternalAuthNotice authType={authType} />;
  }
}
