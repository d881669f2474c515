import { PAGES, type ChartListFilter, type ChartListItem } from '@superset-ts/shared';
import { Tag } from 'antd';
import { useState } from 'react';
import { FavoriteStar } from '../charts/FavoriteStar';
import { useChartList, useFavoriteStatus, useToggleFavorite } from '../charts/useCharts';
import { vizTypeName } from '../charts/viz-type-names';
import { CardGrid, CardsSection } from './CardsSection';
import { HomeCard } from './HomeCard';
import { CARDS_LIMIT, type ListTab } from './list-tabs';
import { QueryState, type EmptyHint } from './QueryState';

function filtersOf(tab: ListTab, userId: number): ChartListFilter[] {
  switch (tab) {
    case 'favorite':
      return [{ col: 'id', opr: 'chart_is_favorite', value: true }];
    case 'mine':
      return [{ col: 'owners', opr: 'rel_m_m', value: userId }];
    case 'all':
      return [];
  }
}

const EMPTY: Record<ListTab, EmptyHint> = {
  favorite: {
    title: 'No favorite charts yet',
    hint: 'Star a chart to find it here.',
    link: { label: 'Browse charts', href: PAGES.chartsList.path },
  },
  mine: {
    title: 'No charts of yours yet',
    hint: 'Charts you own will be listed here.',
    link: { label: 'Create a chart', href: PAGES.chartAdd.path },
  },
  all: {
    title: 'No charts yet',
    hint: 'Create a chart from a dataset, or load the examples with "superset load_examples".',
    link: { label: 'Create a chart', href: PAGES.chartAdd.path },
  },
};

function ChartCards({ charts }: { charts: readonly ChartListItem[] }) {
  const favorites = useFavoriteStatus(charts.map((chart) => chart.id));
  const toggle = useToggleFavorite();
  return (
    <CardGrid>
      {charts.map((chart) => (
        <HomeCard
          key={chart.id}
          title={chart.slice_name}
          href={chart.url}
          tag={<Tag>{vizTypeName(chart.viz_type)}</Tag>}
          timeAgo={chart.changed_on_delta_humanized}
          owners={chart.owners}
          star={
            <FavoriteStar
              name={chart.slice_name}
              isFavorite={favorites.data?.get(chart.id)}
              isBusy={toggle.isPending && toggle.variables.id === chart.id}
              onToggle={(isFavorite) => toggle.mutate({ id: chart.id, isFavorite })}
            />
          }
        />
      ))}
    </CardGrid>
  );
}

/** "Charts": the user's favourite, own, or all visible charts, newest changed first. */
export function ChartsSection({ userId }: { userId: number }) {
  const [tab, setTab] = useState<ListTab>('all');
  const list = useChartList({
    filters: filtersOf(tab, userId),
    order_column: 'changed_on',
    order_direction: 'desc',
    page: 0,
    page_size: CARDS_LIMIT,
  });
  return (
    <CardsSection title="Charts" viewAllHref={PAGES.chartsList.path} tab={tab} onTabChange={setTab}>
      <QueryState
        query={{
          ...list,
          isPending: list.isPending || list.isPlaceholderData,
          data: list.data?.result,
        }}
        what="charts"
        empty={EMPTY[tab]}
      >
        {(charts) => <ChartCards charts={charts} />}
      </QueryState>
    </CardsSection>
  );
}
