import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { SavedQuery } from '@superset-ts/shared';
import { Button, Empty, Input, Modal, Table, Tooltip, Typography, message } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { initialListState, toListRequest, type ListPageState } from './list-page-state';
import { openInSqlLabUrl } from './sqllab-links';
import styles from './SqlLab.module.css';
import { useDeleteSavedQuery, useSavedQueryList } from './useSqlLabLists';
import { useSqlLabPermissions } from './useSqlLabPermissions';
import { nextTablePage } from '../../components/table-change';

function personName(person: SavedQuery['created_by']): string {
  return person ? `${person.first_name} ${person.last_name}`.trim() : '';
}

/** `/savedqueryview/list/`: the user's saved queries, to open in SQL Lab or delete. */
export function SavedQueriesPage() {
  useDocumentTitle('Saved Queries');
  const [state, setState] = useState<ListPageState>(() => initialListState('changed_on'));
  const [searchText, setSearchText] = useState('');
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const { canSaveQueries } = useSqlLabPermissions();
  const list = useSavedQueryList(toListRequest(state, 'label', 'ct'));
  const remove = useDeleteSavedQuery();

  useEffect(() => {
    const timer = setTimeout(() => {
      setState((prev) =>
        prev.search === searchText.trim() ? prev : { ...prev, search: searchText.trim(), page: 0 },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

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

  const sortOrder = (column: string): SortOrder =>
    state.sort.column === column ? (state.sort.direction === 'asc' ? 'ascend' : 'descend') : null;

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
        <Table<SavedQuery>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.result ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  state.search ? `No saved query matches "${state.search}"` : 'No saved queries yet'
                }
              />
            ),
          }}
          pagination={{
            current: state.page + 1,
            pageSize: state.pageSize,
            total: list.data?.count ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 25, 50, 100],
            showTotal: (count, [from, to]) => `${from}-${to} of ${count} saved queries`,
          }}
          onChange={(pagination, _filters, sorter) =>
            setState((prev) => ({
              ...prev,
              ...nextTablePage(prev, pagination, sorter, {
                column: 'changed_on',
                direction: 'desc',
              }),
            }))
          }
          columns={[
            {
              title: 'Name',
              dataIndex: 'label',
              key: 'label',
              sorter: true,
              sortOrder: sortOrder('label'),
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
              key: 'schema',
              sorter: true,
              sortOrder: sortOrder('schema'),
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
              key: 'changed_on',
              sorter: true,
              sortOrder: sortOrder('changed_on'),
            },
            {
              title: 'Actions',
              key: 'actions',
              align: 'right',
              render: (_v, query) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title="Open in SQL Lab">
                    <Button
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`Open ${query.label} in SQL Lab`}
                      href={openInSqlLabUrl({ savedQueryId: query.id })}
                    />
                  </Tooltip>
                  {canSaveQueries && (
                    <Tooltip title="Delete">
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Delete ${query.label}`}
                        onClick={() => handleDelete(query)}
                      />
                    </Tooltip>
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
