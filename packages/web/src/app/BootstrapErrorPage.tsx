import { Button, Result, Typography } from 'antd';
import styles from './AppShell.module.css';

/** Shown when the page carries no usable bootstrap data, instead of a blank screen. */
export function BootstrapErrorPage({ problem }: { problem: string }) {
  return (
    <main className={styles.standalone}>
      <Result
        status="warning"
        title="Superset could not start"
        subTitle={<Typography.Text>{problem}</Typography.Text>}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            Reload page
          </Button>
        }
      />
    </main>
  );
}
