import {
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  StopOutlined,
  CheckCircleOutlined,
} from '@ant-design/icons';
import type { User } from '@superset-ts/shared';
import { Button, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { formatTimestamp } from './format-date';
import type { UserListState, UserSortColumn } from './user-list-state';
import { nextTablePage } from '../../components/table-change';

/** What a row's action buttons ask the page to do. */
export interface UserRowActions {
  onEdit(user: User): void;
  onResetPassword(user: User): void;
  onToggleActive(user: User): void;
  onDelete(user: User): void;
}

function ActionButton({
  label,
  icon,
  onClick,
  isDanger = false,
  disabledReason,
}: {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  isDanger?: boolean;
  disabledReason?: string | undefined;
}) {
  return (
    <Tooltip title={disabledReason ?? label}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        danger={isDanger}
        disabled={disabledReason !== undefined}
        onClick={onClick}
      />
    </Tooltip>
  );
}

function columns(currentUserId: number, actions: UserRowActions, state: UserListState) {
  const sortOrder = (column: UserSortColumn): SortOrder =>
    state.sort.column === column ? (state.sort.direction === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (column: UserSortColumn) => ({
    key: column,
    sorter: true,
    sortOrder: sortOrder(column),
  });
  const result: TableProps<User>['columns'] = [
    {
      title: 'Username',
      dataIndex: 'username',
      ...sortable('username'),
      render: (username: string, user) => (
        <span>
          <Typography.Text strong>{username}</Typography.Text>
          {user.id === currentUserId && <Tag style={{ marginLeft: 8 }}>You</Tag>}
        </span>
      ),
    },
    { title: 'First name', dataIndex: 'first_name', ...sortable('first_name') },
    { title: 'Last name', dataIndex: 'last_name', ...sortable('last_name') },
    { title: 'Email', dataIndex: 'email', ...sortable('email'), ellipsis: true },
    {
      title: 'Status',
      dataIndex: 'active',
      ...sortable('active'),
      render: (active: boolean) =>
        active ? <Tag color="success">Active</Tag> : <Tag>Inactive</Tag>,
    },
    {
      title: 'Roles',
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: User['roles']) =>
        roles.length === 0 ? (
          <Typography.Text type="secondary">None</Typography.Text>
        ) : (
          roles.map((role) => (
            <Tag key={role.id} color="blue" bordered={false}>
              {role.name}
            </Tag>
          ))
        ),
    },
    {
      title: 'Last login',
      dataIndex: 'last_login',
      ...sortable('last_login'),
      render: (lastLogin: string | null) => formatTimestamp(lastLogin),
    },
    { title: 'Logins', dataIndex: 'login_count', ...sortable('login_count'), align: 'right' },
    {
      title: 'Actions',
      key: 'actions',
      align: 'right',
      render: (_value, user) => {
        const isSelf = user.id === currentUserId;
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            <ActionButton
              label={`Edit ${user.username}`}
              icon={<EditOutlined />}
              onClick={() => actions.onEdit(user)}
            />
            <ActionButton
              label={`Reset the password of ${user.username}`}
              icon={<KeyOutlined />}
              onClick={() => actions.onResetPassword(user)}
            />
            <ActionButton
              label={`${user.active ? 'Deactivate' : 'Activate'} ${user.username}`}
              icon={user.active ? <StopOutlined /> : <CheckCircleOutlined />}
              onClick={() => actions.onToggleActive(user)}
              disabledReason={isSelf ? 'You cannot deactivate yourself' : undefined}
            />
            <ActionButton
              label={`Delete ${user.username}`}
              icon={<DeleteOutlined />}
              isDanger
              onClick={() => actions.onDelete(user)}
              disabledReason={isSelf ? 'You cannot delete yourself' : undefined}
            />
          </span>
        );
      },
    },
  ];
  return result;
}

/** The users table: server-side sorting and paging, with per-row actions. */
export function UsersTable({
  users,
  total,
  isLoading,
  state,
  currentUserId,
  actions,
  emptyText,
  onTableChange,
}: {
  users: readonly User[];
  total: number;
  isLoading: boolean;
  state: UserListState;
  currentUserId: number;
  actions: UserRowActions;
  emptyText: ReactNode;
  onTableChange: (change: Partial<Pick<UserListState, 'sort' | 'page' | 'pageSize'>>) => void;
}) {
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      dataSource={[...users]}
      columns={columns(currentUserId, actions, state)}
      loading={isLoading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: state.page + 1,
        pageSize: state.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, 100],
        showTotal: (count, [from, to]) => `${from}-${to} of ${count} users`,
      }}
      onChange={(pagination, _filters, sorter) =>
        onTableChange(
          nextTablePage(state, pagination, sorter, { column: 'username', direction: 'asc' }),
        )
      }
    />
  );
}
