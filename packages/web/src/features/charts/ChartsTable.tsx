import {
  DeleteOutlined,
  EditOutlined,
  InfoCircleOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { ChartListItem } from '@superset-ts/shared';
import { ChartDashboardLinks } from './ChartDashboardLinks';
import { Space, Tooltip, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ListTable } from '../../components/ListTable';
import { RowActionButton } from '../../components/RowActionButton';
import { sortableColumn } from '../../components/sortable-column';
import styles from './ChartsTable.module.css';
import { DEFAULT_CHART_SORT, type ChartListState, type ChartSortColumn } from './chart-list-state';
import { FavoriteStar } from './FavoriteStar';
import { OwnerAvatars } from '../../components/OwnerAvatars';
import { vizTypeName } from './viz-type-names';

/** What a row's action buttons ask the page to do; absent when the user may not change charts. */
export interface ChartRowActions {
  onDelete(chart: ChartListItem): void;
}

/** The favourite stars: each chart's status (absent until known) and how to change it. */
export interface ChartFavorites {
  status: ReadonlyMap<number, boolean> | undefined;
  busyId: number | null;
  onToggle(chart: ChartListItem, isFavorite: boolean): void;
}

function certificationText(chart: ChartListItem): string {
  const details = chart.certification_details ? `: ${chart.certification_details}` : '';
  return `Certified by ${chart.certified_by ?? ''}${details}`;
}

function ChartName({ chart }: { chart: ChartListItem }) {
  return (
    <Space size={6}>
      {chart.certified_by && (
        <Tooltip title={certificationText(chart)}>
          <SafetyCertificateOutlined aria-label="Certified" style={{ color: '#1890ff' }} />
        </Tooltip>
      )}
      <Typography.Link strong href={chart.url}>
        {chart.slice_name}
      </Typography.Link>
      {chart.description && (
        <Tooltip title={chart.description}>
          <InfoCircleOutlined aria-label="Description" style={{ color: '#888888' }} />
        </Tooltip>
      )}
    </Space>
  );
}

/** The dataset by its table name, its full name in a tooltip, linked to Explore on it. */
function DatasetLink({ chart }: { chart: ChartListItem }) {
  const fullName = chart.datasource_name_text;
  const shortName = chart.table?.table_name ?? fullName;
  if (!shortName) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    <Tooltip title={fullName}>
      {chart.datasource_url ? (
        <Typography.Link href={chart.datasource_url}>{shortName}</Typography.Link>
      ) : (
        <Typography.Text>{shortName}</Typography.Text>
      )}
    </Tooltip>
  );
}

function columns(
  state: ChartListState,
  favorites: ChartFavorites,
  actions: ChartRowActions | undefined,
) {
  const sortable = (column: ChartSortColumn) => sortableColumn(state.sort, column);
  const result: NonNullable<TableProps<ChartListItem>['columns']> = [
    {
      title: <span className={styles.visuallyHidden}>Favorite</span>,
      key: 'favorite',
      width: 40,
      render: (_value, chart) => (
        <FavoriteStar
          name={chart.slice_name}
          isFavorite={favorites.status?.get(chart.id)}
          isBusy={favorites.busyId === chart.id}
          onToggle={(isFavorite) => favorites.onToggle(chart, isFavorite)}
        />
      ),
    },
    {
      title: 'Name',
      dataIndex: 'slice_name',
      ...sortable('slice_name'),
      render: (_name: string, chart) => <ChartName chart={chart} />,
    },
    {
      title: 'Type',
      dataIndex: 'viz_type',
      ...sortable('viz_type'),
      render: (vizType: string) => vizTypeName(vizType),
    },
    {
      title: 'Dataset',
      key: 'dataset',
      render: (_value, chart) => <DatasetLink chart={chart} />,
    },
    {
      title: 'On dashboards',
      dataIndex: 'dashboards',
      key: 'dashboards',
      render: (dashboards: ChartListItem['dashboards']) => (
        <ChartDashboardLinks dashboards={dashboards} />
      ),
    },
    {
      title: 'Owners',
      dataIndex: 'owners',
      key: 'owners',
      render: (owners: ChartListItem['owners']) => <OwnerAvatars owners={owners} />,
    },
    {
      title: 'Modified by',
      dataIndex: 'changed_by_name',
      ...sortable('changed_by.first_name'),
      render: (name: string) => name || <Typography.Text type="secondary">–</Typography.Text>,
    },
    {
      title: 'Last modified',
      dataIndex: 'changed_on_delta_humanized',
      ...sortable('changed_on_delta_humanized'),
      render: (when: string, chart) => (
        <Tooltip title={chart.changed_on_utc ?? undefined}>{when}</Tooltip>
      ),
    },
  ];
  if (actions) {
    result.push({
      title: 'Actions',
      key: 'actions',
      align: 'right',
      render: (_value, chart) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <RowActionButton
            title="Edit in Explore"
            label={`Edit ${chart.slice_name}`}
            icon={<EditOutlined />}
            href={chart.url}
          />
          <RowActionButton
            title="Delete"
            label={`Delete ${chart.slice_name}`}
            icon={<DeleteOutlined />}
            isDanger
            onClick={() => actions.onDelete(chart)}
          />
        </span>
      ),
    });
  }
  return result;
}

/** The charts table: server-side sorting and paging, favourite stars, selection for bulk delete. */
export function ChartsTable({
  charts,
  total,
  isLoading,
  state,
  favorites,
  actions,
  selectedIds,
  emptyText,
  onSelect,
  onTableChange,
}: {
  charts: readonly ChartListItem[];
  total: number;
  isLoading: boolean;
  state: ChartListState;
  favorites: ChartFavorites;
  actions: ChartRowActions | undefined;
  /** Null when rows cannot be selected (the user may not delete). */
  selectedIds: readonly number[] | null;
  emptyText: ReactNode;
  onSelect: (ids: number[]) => void;
  onTableChange: (change: Partial<Pick<ChartListState, 'sort' | 'page' | 'pageSize'>>) => void;
}) {
  return (
    <ListTable<ChartListItem, ChartSortColumn>
      rows={charts}
      columns={columns(state, favorites, actions)}
      total={total}
      isLoading={isLoading}
      state={state}
      defaultSort={DEFAULT_CHART_SORT}
      noun="charts"
      nameOf={(chart) => chart.slice_name}
      selectedIds={selectedIds}
      emptyText={emptyText}
      onSelect={onSelect}
      onTableChange={onTableChange}
    />
  );
}
