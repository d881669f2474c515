import type { DatabaseListItem } from '@superset-ts/shared';
import { Button, Empty, Input, Modal, message } from 'antd';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import {
  INITIAL_DATABASE_LIST_STATE,
  toDatabaseListRequest,
  type DatabaseListState,
} from './database-list-state';
import { DatabaseModal } from './DatabaseModal';
import { DatabasesTable, type DatabaseRowActions } from './DatabasesTable';
import { useCanWriteDatabases } from './useCanWriteDatabases';
import { useDatabaseList, useDatabaseMutations } from './useDatabases';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * `/databaseview/list/`: Superset's Database Connections list, to connect, edit and delete
 * databases. Adding and changing are offered only to users with `can_write` on Database.
 */
export function DatabasesListPage() {
  useDocumentTitle('Database Connections');
  const [state, setState] = useState<DatabaseListState>(INITIAL_DATABASE_LIST_STATE);
  const [searchText, setSearchText] = useState('');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const canWrite = useCanWriteDatabases();
  const list = useDatabaseList(toDatabaseListRequest(state));
  const { remove } = useDatabaseMutations();

  useEffect(() => {
    const timer = setTimeout(() => {
      setState((prev) =>
        prev.search === searchText.trim() ? prev : { ...prev, search: searchText.trim(), page: 0 },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const handleDelete = (database: DatabaseListItem) => {
    void modal.confirm({
      title: `Delete ${database.database_name}?`,
      content:
        'The connection and its settings are removed. Datasets, charts and saved queries that use it stop working.',
      okText: 'Delete',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await remove.mutateAsync(database.id);
          void toast.success(`${database.database_name} deleted`);
        } catch (error) {
          void modal.error({
            title: `${database.database_name} was not deleted`,
            content: errorMessage(error),
          });
        }
      },
    });
  };

  const actions: DatabaseRowActions | undefined = canWrite
    ? { onEdit: (database) => setEditing(database.id), onDelete: handleDelete }
    : undefined;

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see database connections" />;
  }

  const emptyText = state.search ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={`No database matches "${state.search}"`}
    >
      <Button onClick={() => setSearchText('')}>Clear search</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No databases yet">
      {canWrite && (
        <Button type="primary" onClick={() => setEditing('new')}>
          Connect a database
        </Button>
      )}
    </Empty>
  );

  return (
    <ListPageLayout
      title="Databases"
      count={list.data?.count}
      addLabel="Database"
      onAdd={canWrite ? () => setEditing('new') : undefined}
    >
      {modalHolder}
      {toastHolder}
      <div className={listStyles.toolbar} role="search" aria-label="Filter databases">
        <Input.Search
          aria-label="Search by name"
          placeholder="Search by name"
          allowClear
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => setSearchText(value)}
          style={{ width: 300 }}
        />
      </div>
      {list.isError ? (
        <LoadErrorAlert
          message="The databases could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <DatabasesTable
          databases={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          isLoading={list.isFetching}
          state={state}
          actions={actions}
          emptyText={emptyText}
          onTableChange={(change) => setState((prev) => ({ ...prev, ...change }))}
        />
      )}
      {editing !== null && (
        <DatabaseModal
          databaseId={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) =>
            void toast.success(editing === 'new' ? `${name} connected` : `${name} saved`)
          }
        />
      )}
    </ListPageLayout>
  );
}
