import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { DatabaseListItem } from '@superset-ts/shared';
import { Button, Table, Tooltip, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import type { DatabaseListState, DatabaseSortColumn } from './database-list-state';
import { nextTablePage } from '../../components/table-change';

/** What a row's action buttons ask the page to do; absent when the user may not change databases. */
export interface DatabaseRowActions {
  onEdit(database: DatabaseListItem): void;
  onDelete(database: DatabaseListItem): void;
}

function Flag({ isOn }: { isOn: boolean }) {
  return isOn ? (
    <CheckOutlined aria-label="Yes" style={{ color: '#5ac189' }} />
  ) : (
    <Typography.Text type="secondary" aria-label="No">
      –
    </Typography.Text>
  );
}

function personName(person: DatabaseListItem['created_by']): string {
  if (!person) return '';
  return `${person.first_name} ${person.last_name}`.trim();
}

function columns(state: DatabaseListState, actions: DatabaseRowActions | undefined) {
  const sortOrder = (column: DatabaseSortColumn): SortOrder =>
    state.sort.column === column ? (state.sort.direction === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (column: DatabaseSortColumn) => ({
    key: column,
    sorter: true,
    sortOrder: sortOrder(column),
  });
  const flag = (isOn: boolean) => <Flag isOn={isOn} />;
  const result: NonNullable<TableProps<DatabaseListItem>['columns']> = [
    {
      title: 'Name',
      dataIndex: 'database_name',
      ...sortable('database_name'),
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    { title: 'Backend', dataIndex: 'backend', key: 'backend' },
    {
      title: <Tooltip title="Asynchronous query execution">AQE</Tooltip>,
      dataIndex: 'allow_run_async',
      ...sortable('allow_run_async'),
      align: 'center',
      render: flag,
    },
    {
      title: 'DML',
      dataIndex: 'allow_dml',
      ...sortable('allow_dml'),
      align: 'center',
      render: flag,
    },
    {
      title: 'CSV upload',
      dataIndex: 'allow_file_upload',
      key: 'allow_file_upload',
      align: 'center',
      render: flag,
    },
    {
      title: 'Expose in SQL Lab',
      dataIndex: 'expose_in_sqllab',
      ...sortable('expose_in_sqllab'),
      align: 'center',
      render: flag,
    },
    {
      title: 'Created by',
      dataIndex: 'created_by',
      key: 'created_by',
      render: (person: DatabaseListItem['created_by']) => personName(person),
    },
    {
      title: 'Last modified',
      dataIndex: 'changed_on_delta_humanized',
      ...sortable('changed_on'),
    },
  ];
  if (actions) {
    result.push({
      title: 'Actions',
      key: 'actions',
      align: 'right',
      render: (_value, database) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Tooltip title="Edit">
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={`Edit ${database.database_name}`}
              onClick={() => actions.onEdit(database)}
            />
          </Tooltip>
          <Tooltip title="Delete">
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`Delete ${database.database_name}`}
              onClick={() => actions.onDelete(database)}
            />
          </Tooltip>
        </span>
      ),
    });
  }
  return result;
}

/** The databases table: server-side sorting and paging, with edit and delete per row. */
export function DatabasesTable({
  databases,
  total,
  isLoading,
  state,
  actions,
  emptyText,
  onTableChange,
}: {
  databases: readonly DatabaseListItem[];
  total: number;
  isLoading: boolean;
  state: DatabaseListState;
  actions: DatabaseRowActions | undefined;
  emptyText: ReactNode;
  onTableChange: (change: Partial<Pick<DatabaseListState, 'sort' | 'page' | 'pageSize'>>) => void;
}) {
  return (
    <Table<DatabaseListItem>
      rowKey="id"
      size="middle"
      dataSource={[...databases]}
      columns={columns(state, actions)}
      loading={isLoading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: state.page + 1,
        pageSize: state.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, 100],
        showTotal: (count, [from, to]) => `${from}-${to} of ${count} databases`,
      }}
      onChange={(pagination, _filters, sorter) =>
        onTableChange(
          nextTablePage(state, pagination, sorter, { column: 'changed_on', direction: 'desc' }),
        )
      }
    />
  );
}
