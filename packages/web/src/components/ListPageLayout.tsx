import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import styles from './ListPageLayout.module.css';

/**
 * The frame of a management list page: title with a count, a primary "+ `addLabel`" button on
 * the right (left out without `onAdd`, for users who may not add), then the rest.
 */
export function ListPageLayout({
  title,
  count,
  addLabel,
  onAdd,
  children,
}: {
  title: string;
  count?: number | undefined;
  addLabel: string;
  onAdd?: (() => void) | undefined;
  children: ReactNode;
}) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Typography.Title level={2} className={styles.title}>
          {title}
          {count !== undefined && <span className={styles.count}>{count}</span>}
        </Typography.Title>
        {onAdd && (
          <div className={styles.actions}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
              {addLabel}
            </Button>
          </div>
        )}
      </header>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
