import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Role } from '@superset-ts/shared';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The roles table: name (built-ins marked), how many users and permissions, actions. */
export function RolesTable({
  roles,
  total,
  page,
  pageSize,
  isLoading,
  emptyText,
  onPageChange,
  onEdit,
  onDelete,
}: {
  roles: readonly Role[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}) {
  return (
    <Table<Role>
      rowKey="id"
      size="middle"
      dataSource={[...roles]}
      loading={isLoading}
      locale={{ emptyText }}
      pagination={{
        current: page + 1,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, 100],
        showTotal: (count, [from, to]) => `${from}-${to} of ${count} roles`,
        onChange: (next, size) => onPageChange(size === pageSize ? next - 1 : 0, size),
      }}
      columns={[
        {
          title: 'Name',
          dataIndex: 'name',
          render: (name: string, role) => (
            <span>
              <Typography.Text strong>{name}</Typography.Text>
              {role.is_builtin && (
                <Tooltip title="Created by superset init, which resets its permissions">
                  <Tag style={{ marginLeft: 8 }}>Built-in</Tag>
                </Tooltip>
              )}
            </span>
          ),
        },
        { title: 'Users', dataIndex: 'user_count', align: 'right', width: 110 },
        { title: 'Permissions', dataIndex: 'permission_count', align: 'right', width: 130 },
        {
          title: 'Actions',
          key: 'actions',
          align: 'right',
          width: 120,
          render: (_value, role) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              <Tooltip title={`Edit ${role.name}`}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`Edit ${role.name}`}
                  onClick={() => onEdit(role)}
                />
              </Tooltip>
              <Tooltip
                title={role.is_builtin ? 'Built-in roles cannot be deleted' : `Delete ${role.name}`}
              >
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Delete ${role.name}`}
                  disabled={role.is_builtin}
                  onClick={() => onDelete(role)}
                />
              </Tooltip>
            </span>
          ),
        },
      ]}
    />
  );
}
