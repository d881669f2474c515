import { Layout } from 'antd';
import { Outlet, useLocation, useSearchParams } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { FlashMessages } from './FlashMessages';
import { NavBar } from './nav/NavBar';
import styles from './AppShell.module.css';

/** Every page's frame: the navigation bar on top, then the page, guarded by an error boundary. */
export function AppShell() {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  // Superset's ?standalone=1|2|3 (a dashboard in fullscreen, embedded or in a report): no nav bar.
  const isStandalone = ['1', '2', '3', 'true'].includes(searchParams.get('standalone') ?? '');
  return (
    <Layout className={styles.shell}>
      <a className={styles.skipLink} href="#main-content">
        Skip to content
      </a>
      {isStandalone ? null : (
        <Layout.Header className={styles.header}>
          <NavBar />
        </Layout.Header>
      )}
      <Layout.Content id="main-content" className={styles.content} tabIndex={-1}>
        <FlashMessages />
        <ErrorBoundary key={pathname}>
          <Outlet />
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}
