import { PAGES, type DashboardListItem } from '@superset-ts/shared';
import { Tag } from 'antd';
import { useState } from 'react';
import type { DashboardListFilter } from '../../api/dashboards';
import { FavoriteStar } from '../charts/FavoriteStar';
import { dashboardPageUrl } from '../dashboards/list/DashboardsTable';
import {
  useDashboardFavoriteStatus,
  useDashboardList,
  useToggleDashboardFavorite,
} from '../dashboards/list/useDashboardList';
import { CardGrid, CardsSection } from './CardsSection';
import { HomeCard } from './HomeCard';
import { CARDS_LIMIT, type ListTab } from './list-tabs';
import { QueryState, type EmptyHint } from './QueryState';

function filtersOf(tab: ListTab, userId: number): DashboardListFilter[] {
  switch (tab) {
    case 'favorite':
      return [{ col: 'id', opr: 'dashboard_is_favorite', value: true }];
    case 'mine':
      return [{ col: 'owners', opr: 'rel_m_m', value: userId }];
    case 'all':
      return [];
  }
}

const EMPTY: Record<ListTab, EmptyHint> = {
  favorite: {
    title: 'No favorite dashboards yet',
    hint: 'Star a dashboard to find it here.',
    link: { label: 'Browse dashboards', href: PAGES.dashboardsList.path },
  },
  mine: {
    title: 'No dashboards of yours yet',
    hint: 'Dashboards you own will be listed here.',
    link: { label: 'Create a dashboard', href: PAGES.dashboardsList.path },
  },
  all: {
    title: 'No dashboards yet',
    hint: 'Create a dashboard, or load the examples with "superset load_examples".',
    link: { label: 'Create a dashboard', href: PAGES.dashboardsList.path },
  },
};

function DashboardCards({ dashboards }: { dashboards: readonly DashboardListItem[] }) {
  const favorites = useDashboardFavoriteStatus(dashboards.map((dashboard) => dashboard.id));
  const toggle = useToggleDashboardFavorite();
  return (
    <CardGrid>
      {dashboards.map((dashboard) => (
        <HomeCard
          key={dashboard.id}
          title={dashboard.dashboard_title}
          href={dashboardPageUrl(dashboard)}
          tag={dashboard.published ? <Tag color="green">Published</Tag> : <Tag>Draft</Tag>}
          timeAgo={dashboard.changed_on_delta_humanized}
          owners={dashboard.owners}
          star={
            <FavoriteStar
              name={dashboard.dashboard_title}
              isFavorite={favorites.data?.get(dashboard.id)}
              isBusy={toggle.isPending && toggle.variables.id === dashboard.id}
              onToggle={(isFavorite) => toggle.mutate({ id: dashboard.id, isFavorite })}
            />
          }
        />
      ))}
    </CardGrid>
  );
}

/** "Dashboards": the user's favourite, own, or all visible dashboards, newest changed first. */
export function DashboardsSection({ userId }: { userId: number }) {
  const [tab, setTab] = useState<ListTab>('all');
  const list = useDashboardList({
    filters: filtersOf(tab, userId),
    order_column: 'changed_on',
    order_direction: 'desc',
    page: 0,
    page_size: CARDS_LIMIT,
  });
  return (
    <CardsSection
      title="Dashboards"
      viewAllHref={PAGES.dashboardsList.path}
      tab={tab}
      onTabChange={setTab}
    >
      <QueryState
        query={{
          ...list,
          isPending: list.isPending || list.isPlaceholderData,
          data: list.data?.result,
        }}
        what="dashboards"
        empty={EMPTY[tab]}
      >
        {(dashboards) => <DashboardCards dashboards={dashboards} />}
      </QueryState>
    </CardsSection>
  );
}
