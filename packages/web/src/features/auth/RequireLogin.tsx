import { PAGES } from '@superset-ts/shared';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useBootstrap } from '../../bootstrap/BootstrapContext';

/**
 * Guards a non-public page. The server already redirects anonymous visitors; this covers a
 * session that ended while the app was open.
 */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { user } = useBootstrap();
  const { pathname, search } = useLocation();
  if (user) return children;
  const loginHref = `${PAGES.login.path}?next=${encodeURIComponent(pathname + search)}`;
  return (
    <Result
      status="403"
      title="Sign in to continue"
      subTitle="This page is only available to signed-in users."
      extra={
        <Button type="primary" href={loginHref}>
          Sign in
        </Button>
      }
    />
  );
}
