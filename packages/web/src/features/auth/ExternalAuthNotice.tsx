import { Alert } from 'antd';

/**
 * Shown instead of a form for sign-in methods the browser cannot drive from this page:
 * AUTH_REMOTE_USER (the proxy in front of the server signs people in) and AUTH_SAML (not
 * built yet).
 */
export function ExternalAuthNotice({ authType }: { authType: 'AUTH_REMOTE_USER' | 'AUTH_SAML' }) {
  if (authType === 'AUTH_REMOTE_USER') {
    return (
      <Alert
        type="info"
        showIcon
        message="Sign-in is handled by your organization"
        description="This server trusts the proxy in front of it to say who you are, and it did not name you. Open this site through your organization's sign-in, or ask an administrator."
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      message="SAML sign-in is not available yet"
      description="This server is configured for SAML, which Superset.ts does not support yet. Ask an administrator to choose another AUTH_TYPE."
    />
  );
}
