import { AppstoreOutlined, BarChartOutlined } from '@ant-design/icons';
import { PAGES } from '@superset-ts/shared';
import { Card, List, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { HomeItem } from './home-items';
import { QueryState, type EmptyHint } from './QueryState';
import { useRecents, type RecentsTab } from './useRecents';

const EMPTY: Record<RecentsTab, EmptyHint> = {
  viewed: {
    title: 'Nothing viewed yet',
    hint: 'Dashboards and charts you open will be listed here.',
    link: { label: 'Browse dashboards', href: PAGES.dashboardsList.path },
  },
  edited: {
    title: 'Nothing edited yet',
    hint: 'Dashboards and charts you change will be listed here.',
    link: { label: 'Browse charts', href: PAGES.chartsList.path },
  },
  created: {
    title: 'Nothing created yet',
    hint: 'Dashboards and charts you create will be listed here.',
    link: { label: 'Create a chart', href: PAGES.chartAdd.path },
  },
};

function RecentRow({ item }: { item: HomeItem }) {
  const Icon = item.kind === 'dashboard' ? AppstoreOutlined : BarChartOutlined;
  return (
    <List.Item extra={<Typography.Text type="secondary">{item.timeAgo}</Typography.Text>}>
      <Typography.Link href={item.url}>
        <Icon aria-label={item.kind === 'dashboard' ? 'Dashboard' : 'Chart'} /> {item.title}
      </Typography.Link>
    </List.Item>
  );
}

function RecentsTabContent({ tab, userId }: { tab: RecentsTab; userId: number }) {
  const query = useRecents(tab, userId);
  return (
    <QueryState query={query} what="recent items" empty={EMPTY[tab]}>
      {(items) => (
        <List
          size="small"
          dataSource={[...items]}
          rowKey="key"
          renderItem={(item) => <RecentRow item={item} />}
        />
      )}
    </QueryState>
  );
}

/** "Recents": what the user viewed, edited and created lately, each with how long ago. */
export function RecentsSection({ userId }: { userId: number }) {
  const [tab, setTab] = useState<RecentsTab>('viewed');
  return (
    <Card title="Recents" size="small">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as RecentsTab)}
        destroyOnHidden
        items={[
          { key: 'viewed', label: 'Viewed' },
          { key: 'edited', label: 'Edited' },
          { key: 'created', label: 'Created' },
        ].map((item) => ({
          ...item,
          children: <RecentsTabContent tab={item.key as RecentsTab} userId={userId} />,
        }))}
      />
    </Card>
  );
}
