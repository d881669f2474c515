import { DeleteOutlined, EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { dashboardUrl, type DashboardListItem } from '@superset-ts/shared';
import { Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ListTable } from '../../../components/ListTable';
import { OwnerAvatars } from '../../../components/OwnerAvatars';
import { RowActionButton } from '../../../components/RowActionButton';
import { sortableColumn } from '../../../components/sortable-column';
import { FavoriteStar } from '../../charts/FavoriteStar';
import styles from './DashboardsTable.module.css';
import {
  DEFAULT_DASHBOARD_SORT,
  type DashboardListState,
  type DashboardSortColumn,
} from './dashboard-list-state';

/** What a row's action buttons ask the page to do; absent when the user may not change dashboards. */
export interface DashboardRowActions {
  onDelete(dashboard: DashboardListItem): void;
}

/** The favourite stars: each dashboard's status (absent until known) and how to change it. */
export interface DashboardFavorites {
  status: ReadonlyMap<number, boolean> | undefined;
  busyId: number | null;
  onToggle(dashboard: DashboardListItem, isFavorite: boolean): void;
}

/** Where a dashboard opens: by its slug when it has one, as Superset links it. */
export function dashboardPageUrl(dashboard: Pick<DashboardListItem, 'id' | 'slug'>): string {
  return dashboardUrl(dashboard.slug || dashboard.id);
}

function certificationText(dashboard: DashboardListItem): string {
  const details = dashboard.certification_details ? `: ${dashboard.certification_details}` : '';
  return `Certified by ${dashboard.certified_by ?? ''}${details}`;
}

function DashboardTitle({ dashboard }: { dashboard: DashboardListItem }) {
  return (
    <Space size={6}>
      {dashboard.certified_by && (
        <Tooltip title={certificationText(dashboard)}>
          <SafetyCertificateOutlined aria-label="Certified" style={{ color: '#1890ff' }} />
        </Tooltip>
      )}
      <Typography.Link strong href={dashboardPageUrl(dashboard)}>
        {dashboard.dashboard_title}
      </Typography.Link>
    </Space>
  );
}

function columns(
  state: DashboardListState,
  favorites: DashboardFavorites,
  actions: DashboardRowActions | undefined,
) {
  const sortable = (column: DashboardSortColumn) => sortableColumn(state.sort, column);
  const result: NonNullable<TableProps<DashboardListItem>['columns']> = [
    {
      title: <span className={styles.visuallyHidden}>Favorite</span>,
      key: 'favorite',
      width: 40,
      render: (_value, dashboard) => (
        <FavoriteStar
          name={dashboard.dashboard_title}
          isFavorite={favorites.status?.get(dashboard.id)}
          isBusy={favorites.busyId === dashboard.id}
          onToggle={(isFavorite) => favorites.onToggle(dashboard, isFavorite)}
        />
      ),
    },
    {
      title: 'Name',
      dataIndex: 'dashboard_title',
      ...sortable('dashboard_title'),
      render: (_title: string, dashboard) => <DashboardTitle dashboard={dashboard} />,
    },
    {
      title: 'Status',
      dataIndex: 'published',
      ...sortable('published'),
      render: (isPublished: boolean) =>
        isPublished ? <Tag color="green">Published</Tag> : <Tag>Draft</Tag>,
    },
    {
      title: 'Owners',
      dataIndex: 'owners',
      key: 'owners',
      render: (owners: DashboardListItem['owners']) => <OwnerAvatars owners={owners} />,
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
      render: (when: string, dashboard) => (
        <Tooltip title={dashboard.changed_on_utc ?? undefined}>{when}</Tooltip>
      ),
    },
  ];
  if (actions) {
    result.push({
      title: 'Actions',
      key: 'actions',
      align: 'right',
      render: (_value, dashboard) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <RowActionButton
            title="Edit"
            label={`Edit ${dashboard.dashboard_title}`}
            icon={<EditOutlined />}
            href={`${dashboardPageUrl(dashboard)}?edit=true`}
          />
          <RowActionButton
            title="Delete"
            label={`Delete ${dashboard.dashboard_title}`}
            icon={<DeleteOutlined />}
            isDanger
            onClick={() => actions.onDelete(dashboard)}
          />
        </span>
      ),
    });
  }
  return result;
}

/** The dashboards table: server-side sorting and paging, favourite stars, selection for bulk delete. */
export function DashboardsTable({
  dashboards,
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
  dashboards: readonly DashboardListItem[];
  total: number;
  isLoading: boolean;
  state: DashboardListState;
  favorites: DashboardFavorites;
  actions: DashboardRowActions | undefined;
  /** Null when rows cannot be selected (the user may not delete). */
  selectedIds: readonly number[] | null;
  emptyText: ReactNode;
  onSelect: (ids: number[]) => void;
  onTableChange: (change: Partial<Pick<DashboardListState, 'sort' | 'page' | 'pageSize'>>) => void;
}) {
  return (
    <ListTable<DashboardListItem, DashboardSortColumn>
      rows={dashboards}
      columns={columns(state, favorites, actions)}
      total={total}
      isLoading={isLoading}
      state={state}
      defaultSort={DEFAULT_DASHBOARD_SORT}
      noun="dashboards"
      nameOf={(dashboard) => dashboard.dashboard_title}
      selectedIds={selectedIds}
      emptyText={emptyText}
      onSelect={onSelect}
      onTableChange={onTableChange}
    />
  );
}
