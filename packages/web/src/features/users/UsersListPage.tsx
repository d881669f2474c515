import type { User } from '@superset-ts/shared';
import { Button, Empty, Modal, message } from 'antd';
import { useCallback, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilters } from './UserFilters';
import { UserFormModal, type UserFormValues } from './UserFormModal';
import { UsersTable, type UserRowActions } from './UsersTable';
import { useAllRoles, useUserList, useUserMutations } from './useUsers';
import {
  INITIAL_USER_LIST_STATE,
  hasUserFilters,
  toUserListRequest,
  type UserListState,
} from './user-list-state';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** `/users/list/`: Superset's List Users, to add, edit, deactivate and delete users. */
export function UsersListPage() {
  useDocumentTitle('List Users');
  const currentUserId = useBootstrap().user?.id ?? -1;
  const [state, setState] = useState<UserListState>(INITIAL_USER_LIST_STATE);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const list = useUserList(toUserListRequest(state));
  const roles = useAllRoles();
  const { create, update, remove } = useUserMutations();

  const handleFilterChange = useCallback(
    (change: Partial<UserListState>) => setState((prev) => ({ ...prev, ...change, page: 0 })),
    [],
  );
  const handleClearFilters = () =>
    setState((prev) => ({ ...INITIAL_USER_LIST_STATE, sort: prev.sort, pageSize: prev.pageSize }));

  const handleSave = async (values: UserFormValues) => {
    const { confirm: _confirm, password, ...fields } = values;
    if (editing === 'new') {
      await create.mutateAsync({ ...fields, password: password ?? '' });
      void toast.success(`User ${fields.username} added`);
    } else if (editing) {
      await update.mutateAsync({ id: editing.id, body: fields });
      void toast.success(`User ${fields.username} saved`);
    }
  };

  const actions: UserRowActions = {
    onEdit: (user) => setEditing(user),
    onResetPassword: (user) => setResetting(user),
    onToggleActive: (user) => {
      const verb = user.active ? 'Deactivate' : 'Activate';
      void modal.confirm({
        title: `${verb} ${user.username}?`,
        content: user.active
          ? 'They will be logged out and cannot log in until they are activated again.'
          : 'They will be able to log in again.',
        okText: verb,
        onOk: async () => {
          try {
            await update.mutateAsync({ id: user.id, body: { active: !user.active } });
            void toast.success(`${user.username} ${user.active ? 'deactivated' : 'activated'}`);
          } catch (error) {
            void toast.error(errorMessage(error));
          }
        },
      });
    },
    onDelete: (user) => {
      void modal.confirm({
        title: `Delete ${user.username}?`,
        content: 'The user is removed for good. To keep their history, deactivate them instead.',
        okText: 'Delete',
        okButtonProps: { danger: true },
        onOk: async () => {
          try {
            await remove.mutateAsync(user.id);
            void toast.success(`${user.username} deleted`);
          } catch (error) {
            void toast.error(errorMessage(error));
          }
        },
      });
    },
  };

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="manage users" />;
  }

  const emptyText = hasUserFilters(state) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No users match these filters">
      <Button onClick={handleClearFilters}>Clear filters</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No users yet" />
  );

  return (
    <ListPageLayout
      title="Users"
      count={list.data?.count}
      addLabel="User"
      onAdd={() => setEditing('new')}
    >
      {modalHolder}
      {toastHolder}
      <UserFilters
        state={state}
        roles={roles.data ?? []}
        onChange={handleFilterChange}
        onClear={handleClearFilters}
      />
      {list.isError ? (
        <LoadErrorAlert
          message="The users could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <UsersTable
          users={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          isLoading={list.isFetching}
          state={state}
          currentUserId={currentUserId}
          actions={actions}
          emptyText={emptyText}
          onTableChange={(change) => setState((prev) => ({ ...prev, ...change }))}
        />
      )}
      {editing !== null && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          roles={roles.data ?? []}
          isSelf={editing !== 'new' && editing.id === currentUserId}
          onSave={handleSave}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onSave={async (password) => {
            await update.mutateAsync({ id: resetting.id, body: { password } });
            void toast.success(`Password of ${resetting.username} reset`);
          }}
          onClose={() => setResetting(null)}
        />
      )}
    </ListPageLayout>
  );
}
