import { Card, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LIST_TABS, type ListTab } from './list-tabs';
import styles from './WelcomePage.module.css';

/** A home section of cards with Favorite / Mine / All tabs and a "View all" link. */
export function CardsSection({
  title,
  viewAllHref,
  tab,
  onTabChange,
  children,
}: {
  title: string;
  viewAllHref: string;
  tab: ListTab;
  onTabChange: (tab: ListTab) => void;
  /** The active tab's content. */
  children: ReactNode;
}) {
  return (
    <Card
      title={title}
      size="small"
      extra={
        <Typography.Link href={viewAllHref} aria-label={`View all ${title.toLowerCase()}`}>
          View all
        </Typography.Link>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => onTabChange(key as ListTab)}
        items={LIST_TABS.map((item) => ({
          ...item,
          children: item.key === tab ? children : null,
        }))}
      />
    </Card>
  );
}

/** The cards of a section, in a responsive grid. */
export function CardGrid({ children }: { children: ReactNode }) {
  return <div className={styles.cardGrid}>{children}</div>;
}
