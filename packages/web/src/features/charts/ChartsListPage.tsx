import { PAGES, type ChartListItem } from '@superset-ts/shared';
import { message } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { BulkActionsBar } from '../../components/BulkActionsBar';
import { ListEmptyState } from '../../components/ListEmptyState';
import { ListPageLayout } from '../../components/ListPageLayout';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useListPageState } from '../../components/useListPageState';
import { ChartFilters } from './ChartFilters';
import { INITIAL_CHART_LIST_STATE, hasChartFilters, toChartListRequest } from './chart-list-state';
import { ChartsTable, type ChartFavorites, type ChartRowActions } from './ChartsTable';
import { DeleteChartsModal } from './DeleteChartsModal';
import { useCanWriteCharts } from './useCanWriteCharts';
import { useChartDeletion, useChartList, useFavoriteStatus, useToggleFavorite } from './useCharts';

/** The dialog the page shows, if any. */
type Dialog = { kind: 'delete'; chart: ChartListItem } | { kind: 'bulk-delete'; ids: number[] };

const NO_CHARTS: readonly ChartListItem[] = [];

/**
 * `/chart/list/`: Superset's Charts list, filtered by text, owner, type, dataset, favourite
 * and certification, with each chart's favourite star. Users with `can_write` on Chart create
 * charts (`/chart/add/`) and delete them, one at a time or the selected ones together.
 */
export function ChartsListPage() {
  useDocumentTitle('Charts');
  const navigate = useNavigate();
  const listState = useListPageState(INITIAL_CHART_LIST_STATE);
  const { state, selectedIds, setSelectedIds } = listState;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const canWrite = useCanWriteCharts();
  const list = useChartList(toChartListRequest(state));
  const charts = list.data?.result ?? NO_CHARTS;
  const favoriteStatus = useFavoriteStatus(charts.map((chart) => chart.id));
  const toggleFavorite = useToggleFavorite();
  const deletion = useChartDeletion();

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see charts" />;
  }

  const handleAdd = canWrite ? () => void navigate(PAGES.chartAdd.path) : undefined;
  const actions: ChartRowActions | undefined = canWrite
    ? { onDelete: (chart) => setDialog({ kind: 'delete', chart }) }
    : undefined;
  const favorites: ChartFavorites = {
    status: favoriteStatus.data,
    busyId: toggleFavorite.isPending ? (toggleFavorite.variables?.id ?? null) : null,
    onToggle: (chart, isFavorite) =>
      toggleFavorite.mutate(
        { id: chart.id, isFavorite },
        {
          onError: (error) =>
            void toast.error(
              `${chart.slice_name} could not be ${isFavorite ? 'added to' : 'removed from'} favorites: ${error.message}`,
            ),
        },
      ),
  };

  const hasFilters = hasChartFilters(state);
  const emptyText = (
    <ListEmptyState
      hasFilters={hasFilters}
      noMatchText="No chart matches these filters"
      noneYetText="No charts yet"
      createLabel="Create a chart"
      onClearFilters={listState.clearFilters}
      onCreate={handleAdd}
    />
  );

  return (
    <ListPageLayout title="Charts" count={list.data?.count} addLabel="Chart" onAdd={handleAdd}>
      {toastHolder}
      <ChartFilters
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
          message="The charts could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <ChartsTable
          charts={charts}
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
        <DeleteChartsModal
          target={{ name: dialog.chart.slice_name }}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deletion.remove.mutateAsync(dialog.chart.id);
            void toast.success(`${dialog.chart.slice_name} deleted`);
          }}
        />
      )}
      {dialog?.kind === 'bulk-delete' && (
        <DeleteChartsModal
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
