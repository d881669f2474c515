import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { SavedQuery } from '@superset-ts/shared';
import { Empty, Input, Modal, Typography, message } from 'antd';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { ListTable } from '../../components/ListTable';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { RowActionButton } from '../../components/RowActionButton';
import { sortableColumn } from '../../components/sortable-column';
import { useListPageState } from '../../components/useListPageState';
import { initialListState, toListRequest } from './list-page-state';
import { openInSqlLabUrl } from './sqllab-links';
import styles from './SqlLab.module.css';
import { useDeleteSavedQuery, useSavedQueryList } from './useSqlLabLists';
import { useSqlLabPermissions } from './useSqlLabPermissions';

/** The order the list opens in and falls back to: most recently changed first. */
const DEFAULT_SORT = { column: 'changed_on', direction: 'desc' } as const;

function personName(person: SavedQuery['created_by']): string {
  return person ? `${person.first_name} ${person.last_name}`.trim() : '';
}

/** `/savedqueryview/list/`: the user's saved queries, to open in SQL Lab or delete. */
export function SavedQueriesPage() {
  useDocumentTitle('Saved Queries');
  const { state, searchText, setSearchText, changeTable } = useListPageState(
    initialListState('changed_on'),
  );
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const { canSaveQueries } = useSqlLabPermissions();
  const list = useSavedQueryList(toListRequest(state, 'label', 'ct'));
  const remove = useDeleteSavedQuery();

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see saved queries" />;
  }

  const handleDelete = (query: SavedQuery) => {
    void modal.confirm({
      title: `Delete ${query.label}?`,
      content: 'The saved query is removed for good.',
      okText: 'Delete',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await remove.mutateAsync(query.id);
          void toast.success(`${query.label} deleted`);
        } catch (error) {
          void modal.error({
            title: `${query.label} was not deleted`,
            content: error instanceof Error ? error.message : 'Something went wrong.',
          });
        }
      },
    });
  };

  const sortable = (column: string) => sortableColumn(state.sort, column);

  return (
    <ListPageLayout
      title="Saved queries"
      count={list.data?.count}
      addLabel="Query"
      onAdd={() => window.location.assign('/sqllab/')}
    >
      {modalHolder}
      {toastHolder}
      <div className={listStyles.toolbar} role="search" aria-label="Filter saved queries">
        <Input.Search
          aria-label="Search by name"
          placeholder="Search by name"
          allowClear
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          style={{ width: 300 }}
        />
      </div>
      {list.isError ? (
        <LoadErrorAlert
          message="The saved queries could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <ListTable<SavedQuery, string>
          rows={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          isLoading={list.isFetching}
          state={state}
          defaultSort={DEFAULT_SORT}
          noun="saved queries"
          nameOf={(query) => query.label}
          selectedIds={null}
          emptyText={
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                state.search ? `No saved query matches "${state.search}"` : 'No saved queries yet'
              }
            />
          }
          onSelect={() => undefined}
          onTableChange={changeTable}
          columns={[
            {
              title: 'Name',
              dataIndex: 'label',
              ...sortable('label'),
              render: (label: string, query) => (
                <Typography.Link strong href={openInSqlLabUrl({ savedQueryId: query.id })}>
                  {label}
                </Typography.Link>
              ),
            },
            {
              title: 'Database',
              key: 'database',
              render: (_v, query) => query.database.database_name,
            },
            {
              title: 'Schema',
              dataIndex: 'schema',
              ...sortable('schema'),
            },
            {
              title: 'SQL',
              dataIndex: 'sql',
              key: 'sql',
              render: (sql: string) => (
                <Typography.Text
                  className={styles.sqlSnippet}
                  ellipsis={{ tooltip: sql }}
                  style={{ maxWidth: 320 }}
                >
                  {sql}
                </Typography.Text>
              ),
            },
            {
              title: 'Created by',
              dataIndex: 'created_by',
              key: 'created_by',
              render: (person: SavedQuery['created_by']) => personName(person),
            },
            {
              title: 'Last modified',
              dataIndex: 'changed_on_delta_humanized',
              ...sortable('changed_on'),
            },
            {
              title: 'Actions',
              key: 'actions',
              align: 'right',
              render: (_v, query) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  <RowActionButton
                    title="Open in SQL Lab"
                    label={`Open ${query.label} in SQL Lab`}
                    icon={<EditOutlined />}
                    href={openInSqlLabUrl({ savedQueryId: query.id })}
                  />
                  {canSaveQueries && (
                    <RowActionButton
                      title="Delete"
                      label={`Delete ${query.label}`}
                      icon={<DeleteOutlined />}
                      isDanger
                      onClick={() => handleDelete(query)}
                    />
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
    </ListPageLayout>
  );
}
