import { Typography } from 'antd';
import type { ReactNode } from 'react';
import styles from './ListPageLayout.module.css';

/** The frame of a management list page: title with a count, actions on the right, then the rest. */
export function ListPageLayout({
  title,
  count,
  actions,
  children,
}: {
  title: string;
  count?: number | undefined;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Typography.Title level={2} className={styles.title}>
          {title}
          {count !== undefined && <span className={styles.count}>{count}</span>}
        </Typography.Title>
        <div className={styles.actions}>{actions}</div>
      </header>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
