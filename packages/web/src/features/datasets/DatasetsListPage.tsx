import type { DatasetListItem } from '@superset-ts/shared';
import { message } from 'antd';
import { useRef, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { BulkActionsBar } from '../../components/BulkActionsBar';
import { ListEmptyState } from '../../components/ListEmptyState';
import { ListPageLayout } from '../../components/ListPageLayout';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useListPageState } from '../../components/useListPageState';
import { AddDatasetModal } from './AddDatasetModal';
import { DatasetFilters } from './DatasetFilters';
import {
  INITIAL_DATASET_LIST_STATE,
  hasDatasetFilters,
  toDatasetListRequest,
} from './dataset-list-state';
import { DatasetsTable, type DatasetRowActions } from './DatasetsTable';
import { DeleteDatasetModal } from './DeleteDatasetModal';
import { DuplicateDatasetModal } from './DuplicateDatasetModal';
import { DatasourceModal } from './edit/DatasourceModal';
import { useCanWriteDatasets } from './useCanWriteDatasets';
import { useDatasetList, useDatasetMutations } from './useDatasets';

/** The dialog the page shows, if any. */
type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; id: number }
  | { kind: 'duplicate'; dataset: DatasetListItem }
  | { kind: 'delete'; dataset: DatasetListItem }
  | { kind: 'bulk-delete'; ids: number[] };

/**
 * `/tablemodelview/list/`: Superset's Datasets list, filtered by name, database, schema, type
 * and owner. Users with `can_write` on Dataset add, edit, duplicate (virtual) and delete them.
 */
export function DatasetsListPage() {
  useDocumentTitle('Datasets');
  const listState = useListPageState(INITIAL_DATASET_LIST_STATE);
  const { state, selectedIds, setSelectedIds } = listState;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const canWrite = useCanWriteDatasets();
  const list = useDatasetList(toDatasetListRequest(state));
  const mutations = useDatasetMutations();
  const createdId = useRef<number | null>(null);

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see datasets" />;
  }

  const actions: DatasetRowActions | undefined = canWrite
    ? {
        onEdit: (dataset) => setDialog({ kind: 'edit', id: dataset.id }),
        onDuplicate: (dataset) => setDialog({ kind: 'duplicate', dataset }),
        onDelete: (dataset) => setDialog({ kind: 'delete', dataset }),
      }
    : undefined;

  const handleAdd = canWrite ? () => setDialog({ kind: 'add' }) : undefined;
  const hasFilters = hasDatasetFilters(state);
  const emptyText = (
    <ListEmptyState
      hasFilters={hasFilters}
      noMatchText="No dataset matches these filters"
      noneYetText="No datasets yet"
      createLabel="Create a dataset"
      onClearFilters={listState.clearFilters}
      onCreate={handleAdd}
    />
  );

  return (
    <ListPageLayout title="Datasets" count={list.data?.count} addLabel="Dataset" onAdd={handleAdd}>
      {toastHolder}
      <DatasetFilters
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
          message="The datasets could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <DatasetsTable
          datasets={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          isLoading={list.isFetching}
          state={state}
          actions={actions}
          selectedIds={canWrite ? selectedIds : null}
          emptyText={emptyText}
          onSelect={setSelectedIds}
          onTableChange={listState.changeTable}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddDatasetModal
          onClose={() => {
            // Superset opens a new dataset; here its editor, to describe columns and metrics.
            const id = createdId.current;
            createdId.current = null;
            setDialog(id === null ? null : { kind: 'edit', id });
          }}
          onCreate={async (values) => {
            const created = await mutations.create.mutateAsync(values);
            createdId.current = created.id;
            void toast.success(`${values.table_name} created`);
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <DatasourceModal
          datasetId={dialog.id}
          onClose={() => setDialog(null)}
          onSaved={(name) => void toast.success(`${name} saved`)}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <DuplicateDatasetModal
          sourceName={dialog.dataset.table_name}
          onClose={() => setDialog(null)}
          onDuplicate={async (name) => {
            await mutations.duplicate.mutateAsync({
              base_model_id: dialog.dataset.id,
              table_name: name,
            });
            void toast.success(`${name} created`);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDatasetModal
          target={{ id: dialog.dataset.id, name: dialog.dataset.table_name }}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await mutations.remove.mutateAsync(dialog.dataset.id);
            void toast.success(`${dialog.dataset.table_name} deleted`);
          }}
        />
      )}
      {dialog?.kind === 'bulk-delete' && (
        <DeleteDatasetModal
          target={{ ids: dialog.ids }}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            void toast.success(await mutations.removeMany.mutateAsync(dialog.ids));
            setSelectedIds([]);
          }}
        />
      )}
    </ListPageLayout>
  );
}
