import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { RlsListItem } from '@superset-ts/shared';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { SortOrder, SorterResult } from 'antd/es/table/interface';
import type { TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import type { RlsListRequest } from './rls-api';

type SortColumn = RlsListRequest['order_column'];

/** The rules table: name, type, datasets, roles, group key, clause, last change, actions. */
export function RlsTable({
  rules,
  total,
  page,
  pageSize,
  sort,
  isLoading,
  emptyText,
  onChange,
  onEdit,
  onDelete,
}: {
  rules: readonly RlsListItem[];
  total: number;
  page: number;
  pageSize: number;
  sort: { column: SortColumn; direction: 'asc' | 'desc' };
  isLoading: boolean;
  emptyText: ReactNode;
  onChange: (
    pagination: TablePaginationConfig,
    sorter: SorterResult<RlsListItem> | SorterResult<RlsListItem>[],
  ) => void;
  onEdit: (rule: RlsListItem) => void;
  onDelete: (rule: RlsListItem) => void;
}) {
  const sortOrder = (column: SortColumn): SortOrder =>
    sort.column === column ? (sort.direction === 'asc' ? 'ascend' : 'descend') : null;
  return (
    <Table<RlsListItem>
      rowKey="id"
      size="middle"
      dataSource={[...rules]}
      loading={isLoading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      onChange={(pagination, _filters, sorter) => onChange(pagination, sorter)}
      pagination={{
        current: page + 1,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, 100],
        showTotal: (count, [from, to]) => `${from}-${to} of ${count} rules`,
      }}
      columns={[
        {
          title: 'Name',
          dataIndex: 'name',
          key: 'name',
          sorter: true,
          sortOrder: sortOrder('name'),
          render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
        },
        {
          title: 'Filter type',
          dataIndex: 'filter_type',
          key: 'filter_type',
          sorter: true,
          sortOrder: sortOrder('filter_type'),
          render: (type: RlsListItem['filter_type']) => (
            <Tag color={type === 'Base' ? 'purple' : 'blue'}>{type}</Tag>
          ),
        },
        {
          title: 'Datasets',
          key: 'tables',
          render: (_v, rule) => rule.tables.map((t) => t.table_name).join(', '),
        },
        {
          title: 'Roles',
          key: 'roles',
          render: (_v, rule) => rule.roles.map((r) => r.name).join(', '),
        },
        {
          title: 'Group key',
          dataIndex: 'group_key',
          key: 'group_key',
          sorter: true,
          sortOrder: sortOrder('group_key'),
        },
        {
          title: 'Clause',
          dataIndex: 'clause',
          key: 'clause',
          render: (clause: string) => (
            <Typography.Text code ellipsis={{ tooltip: clause }} style={{ maxWidth: 260 }}>
              {clause}
            </Typography.Text>
          ),
        },
        {
          title: 'Last modified',
          dataIndex: 'changed_on_delta_humanized',
          key: 'changed_on_delta_humanized',
          sorter: true,
          sortOrder: sortOrder('changed_on_delta_humanized'),
        },
        {
          title: 'Actions',
          key: 'actions',
          align: 'right',
          render: (_v, rule) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              <Tooltip title={`Edit ${rule.name}`}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`Edit ${rule.name}`}
                  onClick={() => onEdit(rule)}
                />
              </Tooltip>
              <Tooltip title={`Delete ${rule.name}`}>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Delete ${rule.name}`}
                  onClick={() => onDelete(rule)}
                />
              </Tooltip>
            </span>
          ),
        },
      ]}
    />
  );
}
