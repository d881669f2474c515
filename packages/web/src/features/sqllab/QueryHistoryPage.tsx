import { EditOutlined } from '@ant-design/icons';
import { QUERY_STATES, type QueryHistoryItem } from '@superset-ts/shared';
import { Button, Empty, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { RelatedSelect } from '../../components/RelatedSelect';
import { initialListState, toListRequest, type ListPageState } from './list-page-state';
import { queryRelatedSource } from './query-history-related';
import { queryStateColor } from './query-state-color';
import { openInSqlLabUrl } from './sqllab-links';
import styles from './SqlLab.module.css';
import { useQueryHistoryList } from './useSqlLabLists';
import { nextTablePage } from '../../components/table-change';

function duration(query: QueryHistoryItem): string {
  if (query.start_time === null || query.end_time === null) return '';
  return `${((query.end_time - query.start_time) / 1000).toFixed(2)} s`;
}

/** `/sqllab/history/`: the queries run in SQL Lab, searchable by SQL, state, database and user. */
export function QueryHistoryPage() {
  useDocumentTitle('Query History');
  const [state, setState] = useState<ListPageState>(() => initialListState('start_time'));
  const [searchText, setSearchText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [databaseId, setDatabaseId] = useState<number | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const list = useQueryHistoryList(
    toListRequest(state, 'sql', 'ct', [
      ...(status ? [{ col: 'status', opr: 'eq', value: status }] : []),
      ...(databaseId === null ? [] : [{ col: 'database', opr: 'rel_o_m', value: databaseId }]),
      ...(userId === null ? [] : [{ col: 'user', opr: 'rel_o_m', value: userId }]),
    ]),
  );
  const isFiltered = Boolean(state.search || status) || databaseId !== null || userId !== null;
  const firstPageWith =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setState((prev) => ({ ...prev, page: 0 }));
    };

  useEffect(() => {
    const timer = setTimeout(() => {
      setState((prev) =>
        prev.search === searchText.trim() ? prev : { ...prev, search: searchText.trim(), page: 0 },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="see the query history" />;
  }
  const sortOrder = (column: string): SortOrder =>
    state.sort.column === column ? (state.sort.direction === 'asc' ? 'ascend' : 'descend') : null;

  return (
    <ListPageLayout title="Query history" count={list.data?.count} addLabel="Query">
      <div className={listStyles.toolbar} role="search" aria-label="Filter queries">
        <Input.Search
          aria-label="Search SQL"
          placeholder="Search SQL"
          allowClear
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          style={{ width: 300 }}
        />
        <Select
          aria-label="State"
          placeholder="Any state"
          allowClear
          style={{ width: 160 }}
          value={status ?? undefined}
          options={QUERY_STATES.map((value) => ({ value, label: value }))}
          onChange={(value: string | undefined) => firstPageWith(setStatus)(value ?? null)}
        />
        <RelatedSelect<number>
          {...queryRelatedSource('database')}
          label="Database"
          placeholder="Any database"
          value={databaseId}
          onChange={firstPageWith(setDatabaseId)}
        />
        <RelatedSelect<number>
          {...queryRelatedSource('user')}
          label="User"
          placeholder="Any user"
          value={userId}
          onChange={firstPageWith(setUserId)}
        />
      </div>
      {list.isError ? (
        <LoadErrorAlert
          message="The query history could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <Table<QueryHistoryItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.result ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={isFiltered ? 'No query matches these filters' : 'No queries run yet'}
              />
            ),
          }}
          pagination={{
            current: state.page + 1,
            pageSize: state.pageSize,
            total: list.data?.count ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 25, 50, 100],
            showTotal: (count, [from, to]) => `${from}-${to} of ${count} queries`,
          }}
          onChange={(pagination, _filters, sorter) =>
            setState((prev) => ({
              ...prev,
              ...nextTablePage(prev, pagination, sorter, {
                column: 'start_time',
                direction: 'desc',
              }),
            }))
          }
          columns={[
            {
              title: 'Time',
              dataIndex: 'start_time',
              key: 'start_time',
              sorter: true,
              sortOrder: sortOrder('start_time'),
              render: (start: number | null) =>
                start === null ? '' : new Date(start).toLocaleString(),
            },
            { title: 'Duration', key: 'duration', render: (_v, query) => duration(query) },
            {
              title: 'State',
              dataIndex: 'status',
              key: 'status',
              sorter: true,
              sortOrder: sortOrder('status'),
              render: (value: QueryHistoryItem['status']) => (
                <Tag color={queryStateColor(value)}>{value}</Tag>
              ),
            },
            { title: 'Tab', dataIndex: 'tab_name', key: 'tab_name' },
            {
              title: 'Database',
              key: 'database',
              render: (_v, query) => query.database.database_name,
            },
            { title: 'Schema', dataIndex: 'schema', key: 'schema' },
            {
              title: 'SQL',
              dataIndex: 'sql',
              key: 'sql',
              render: (sql: string, query) => (
                <Typography.Text
                  className={styles.sqlSnippet}
                  ellipsis={{ tooltip: query.error_message ?? sql }}
                  style={{ maxWidth: 320 }}
                >
                  {sql}
                </Typography.Text>
              ),
            },
            {
              title: 'Rows',
              dataIndex: 'rows',
              key: 'rows',
              align: 'right',
              sorter: true,
              sortOrder: sortOrder('rows'),
              render: (rows: number | null) => rows?.toLocaleString('en-US') ?? '',
            },
            {
              title: 'User',
              dataIndex: 'user',
              key: 'user',
              render: (user: QueryHistoryItem['user']) =>
                user ? `${user.first_name} ${user.last_name}`.trim() : '',
            },
            {
              title: 'Actions',
              key: 'actions',
              align: 'right',
              render: (_v, query) => (
                <Tooltip title="Open in a new SQL Lab tab">
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label="Open in SQL Lab"
                    href={openInSqlLabUrl({
                      databaseId: query.database.id,
                      schema: query.schema,
                      sql: query.sql,
                    })}
                  />
                </Tooltip>
              ),
            },
          ]}
        />
      )}
    </ListPageLayout>
  );
}
