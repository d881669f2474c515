import { Typography } from 'antd';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { HomeSection } from './HomeSection';
import styles from './WelcomePage.module.css';

/** `/superset/welcome/`: the signed-in user's home with their dashboards, charts and queries. */
export function WelcomePage() {
  const { user } = useBootstrap();
  useDocumentTitle('Home');
  const firstName = user?.first_name || user?.username;

  return (
    <div className={styles.page}>
      <Typography.Title level={2} className={styles.title}>
        {firstName ? `Welcome, ${firstName}` : 'Welcome'}
      </Typography.Title>
      <div className={styles.sections}>
        <HomeSection
          title="Dashboards"
          emptyTitle="No dashboards yet"
          emptyHint="Dashboards you create or mark as favorite will be listed here once dashboards are available."
        />
        <HomeSection
          title="Charts"
          emptyTitle="No charts yet"
          emptyHint="Charts you create or mark as favorite will be listed here once charts are available."
        />
        <HomeSection
          title="Saved queries"
          emptyTitle="No saved queries yet"
          emptyHint="Queries you save in SQL Lab will be listed here once SQL Lab is available."
        />
      </div>
    </div>
  );
}
