import { Typography } from 'antd';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { ChartsSection } from './ChartsSection';
import { DashboardsSection } from './DashboardsSection';
import { GuidedPath } from './GuidedPath';
import { RecentsSection } from './RecentsSection';
import { SavedQueriesSection } from './SavedQueriesSection';
import styles from './WelcomePage.module.css';

/**
 * `/superset/welcome/`: the signed-in user's home, as Superset's: a guided path for new users,
 * recent activity, dashboards, charts and saved queries.
 */
export function WelcomePage() {
  const { user } = useBootstrap();
  useDocumentTitle('Home');
  const firstName = user?.first_name || user?.username;

  return (
    <div className={styles.page}>
      <Typography.Title level={2} className={styles.title}>
        {firstName ? `Welcome, ${firstName}` : 'Welcome'}
      </Typography.Title>
      {user && (
        <div className={styles.sections}>
          <GuidedPath userId={user.id} />
          <RecentsSection userId={user.id} />
          <DashboardsSection userId={user.id} />
          <ChartsSection userId={user.id} />
          <SavedQueriesSection />
        </div>
      )}
    </div>
  );
}
