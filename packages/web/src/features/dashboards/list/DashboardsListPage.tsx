import { dashboardUrl, type DashboardListItem } from '@superset-ts/shared';
import { message } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../../api/api-request-error';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { AccessDenied } from '../../../components/AccessDenied';
import { BulkActionsBar } from '../../../components/BulkActionsBar';
import { ListEmptyState } from '../../../components/ListEmptyState';
import { ListPageLayout } from '../../../components/ListPageLayout';
import { LoadErrorAlert } from '../../../components/LoadErrorAlert';
import { useListPageState } from '../../../components/useListPageState';
import { DashboardFilters } from './DashboardFilters';
import {
  INITIAL_DASHBOARD_LIST_STATE,
  hasDashboardFilters,
  toDashboardListRequest,
} from './dashboard-list-state';
import {
  DashboardsTable,
  type DashboardFavorites,
  type DashboardRowActions,
} from './DashboardsTable';
import { DeleteDashboardsModal } from './DeleteDashboardsModal';
import { useCanWriteDashboards } from './useCanWriteDashboards';
import {
  useCreateEmptyDashboard,
  useDashboardDeletion,
  useDashboardFavoriteStatus,
  useDashboardList,
  useToggleDashboardFavorite,
} from './useDashboardList';

/** The dialog the page shows, if any. */
type Dialog =
  { kind: 'delete'; dashboard: DashboardListItem } | { kind: 'bulk-delete'; ids: number[] };

const NO_DASHBOARDS: readonly DashboardListItem[] = [];

/**
 * `/dashboard/list/`: Superset's Dashboards list, filtered by title or slug, owner, status,
 * favourite and certification, with each dashboard's favourite star. Users with `can_write`
 * on Dashboard create an empty dashboard ("+ Dashboard", opened in edit mode) and delete
 * dashboards, one at a time or the selected ones together.
 */
export function DashboardsListPage() {
  useDocumentTitle('Dashboards');
  const navigate = useNavigate();
  const listState = useListPageState(INITIAL_DASHBOARD_LIST_STATE);
  const { state, selectedIds, setSelectedIds } = listState;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const canWrite = useCanWriteDashboards();
  const list = useDashboardList(toDashboardListRequest(state));
  const dashboards = list.data?.result ?? NO_DASHBOARDS;
  const favoriteStatus = useDashboardFavoriteStatus(dashboards.map((dashboard) => dashboard.id));
  const toggleFavorite = useToggleDashboardFavorite();
  const deletion = useDashboardDeletion();
  const creation = useCreateEmptyDashboard();

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see dashboards" />;
  }

  const handleAdd =
    canWrite && !creation.isPending
      ? () =>
          creation.mutate(undefined, {
            onSuccess: (id) => void navigate(`${dashboardUrl(id)}?edit=true`),
            onError: (error) =>
              void toast.error(`The dashboard could not be created: ${error.message}`),
          })
      : undefined;
  const actions: DashboardRowActions | undefined = canWrite
    ? { onDelete: (dashboard) => setDialog({ kind: 'delete', dashboard }) }
    : undefined;
  const favorites: DashboardFavorites = {
    status: favoriteStatus.data,
    busyId: toggleFavorite.isPending ? (toggleFavorite.variables?.id ?? null) : null,
    onToggle: (dashboard, isFavorite) =>
      toggleFavorite.mutate(
        { id: dashboard.id, isFavorite },
        {
          onError: (error) =>
            void toast.error(
              `${dashboard.dashboard_title} could not be ${isFavorite ? 'added to' : 'removed from'} favorites: ${error.message}`,
            ),
        },
      ),
  };

  const hasFilters = hasDashboardFilters(state);
  const emptyText = (
    <ListEmptyState
      hasFilters={hasFilters}
      noMatchText="No dashboard matches these filters"
      noneYetText="No dashboards yet"
      createLabel="Create a dashboard"
      onClearFilters={listState.clearFilters}
      onCreate={handleAdd}
    />
  );

  return (
    <ListPageLayout
      title="Dashboards"
      count={list.data?.count}
      addLabel="Dashboard"
      onAdd={handleAdd}
    >
      {toastHolder}
      <DashboardFilters
        searchText={listState.searchText}
        state={state}
        hasFilters={hasFilters}
        onSearchTextChange={listState.setSearchText}
        onChange={listState.changeFilters}
        onClear={listState.clearFilters}
      />
      {canWrite && (
        <BulkActionsBar
          selectedCount={selectedIds.length}
          onDelete={() => setDialog({ kind: 'bulk-delete', ids: selectedIds })}
          onDeselect={() => setSelectedIds([])}
        />
      )}
      {list.isError ? (
        <LoadErrorAlert
          message="The dashboards could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <DashboardsTable
          dashboards={dashboards}
          total={list.data?.count ?? 0}
          isLoading={list.isFetching}
          state={state}
          favorites={favorites}
          actions={actions}
          selectedIds={canWrite ? selectedIds : null}
          emptyText={emptyText}
          onSelect={setSelectedIds}
          onTableChange={listState.changeTable}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDashboardsModal
          target={{ name: dialog.dashboard.dashboard_title }}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deletion.remove.mutateAsync(dialog.dashboard.id);
            void toast.success(`${dialog.dashboard.dashboard_title} deleted`);
          }}
        />
      )}
      {dialog?.kind === 'bulk-delete' && (
        <DeleteDashboardsModal
          target={{ count: dialog.ids.length }}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            void toast.success(await deletion.removeMany.mutateAsync(dialog.ids));
            setSelectedIds([]);
          }}
        />
      )}
    </ListPageLayout>
  );
}
