import type { Bootstrap } from '@superset-ts/shared';
import { Alert } from 'antd';

type AuthType = Bootstrap['common']['auth_type'];

const PROVIDER_NAMES: Record<Exclude<AuthType, 'AUTH_DB'>, string> = {
  AUTH_LDAP: 'LDAP',
  AUTH_OAUTH: 'OAuth',
  AUTH_REMOTE_USER: 'remote-user (proxy)',
  AUTH_SAML: 'SAML',
};

/** Shown instead of a form that could not work: this sign-in method is not available yet. */
export function ExternalAuthNotice({ authType }: { authType: Exclude<AuthType, 'AUTH_DB'> }) {
  return (
    <Alert
      type="info"
      showIcon
      message={`${PROVIDER_NAMES[authType]} sign-in is not available yet`}
      description="This server is configured for a sign-in method that arrives with the security capability. Until then, ask an administrator to switch AUTH_TYPE to database authentication."
    />
  );
}
