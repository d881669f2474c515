import { EditOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { DashboardActionsMenu, type DashboardActions } from './DashboardActionsMenu';
import { DashboardFavoriteStar } from './DashboardFavoriteStar';
import styles from './DashboardHeader.module.css';

interface DashboardHeaderProps extends DashboardActions {
  dashboardId: number;
  title: string;
  isPublished: boolean;
  /** Owners and admins: the Edit dashboard button shows. */
  canEdit: boolean;
  onEdit: () => void;
}

/** The dashboard's title bar: title, favourite star, status, Edit and the actions menu. */
export function DashboardHeader({
  dashboardId,
  title,
  isPublished,
  canEdit,
  onEdit,
  ...actions
}: DashboardHeaderProps) {
  return (
    <header className={styles.header}>
      <Typography.Title level={3} className={styles.title} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <DashboardFavoriteStar dashboardId={dashboardId} />
      <Tag color={isPublished ? 'green' : 'default'}>{isPublished ? 'Published' : 'Draft'}</Tag>
      <div className={styles.actions}>
        {canEdit ? (
          <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
            Edit dashboard
          </Button>
        ) : null}
        <DashboardActionsMenu {...actions} />
      </div>
    </header>
  );
}
