import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { OwnerAvatars } from '../../components/OwnerAvatars';
import type { OwnerPerson } from '../../components/owner-person';
import styles from './WelcomePage.module.css';

/** A dashboard or chart card: title link, a tag, when it changed, its owners and a star. */
export function HomeCard({
  title,
  href,
  tag,
  timeAgo,
  owners,
  star,
}: {
  title: string;
  href: string;
  tag: ReactNode;
  timeAgo: string;
  owners: readonly OwnerPerson[];
  star: ReactNode;
}) {
  return (
    <Card size="small" className={styles.card}>
      <div className={styles.cardHeader}>
        <Typography.Link strong href={href} ellipsis className={styles.cardTitle}>
          {title}
        </Typography.Link>
        {star}
      </div>
      <Space size={8} wrap className={styles.cardMeta}>
        {tag}
        <Typography.Text type="secondary">Modified {timeAgo}</Typography.Text>
        <OwnerAvatars owners={owners} />
      </Space>
    </Card>
  );
}
