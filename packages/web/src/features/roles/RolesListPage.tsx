import type { Role } from '@superset-ts/shared';
import { Empty, Input, Modal, message } from 'antd';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import type { RoleListRequest } from '../../api/roles';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { RoleFormModal, type RoleFormValues } from './RoleFormModal';
import { RolesTable } from './RolesTable';
import { useRoleList, useRoleMutations } from './useRoles';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** `/roles/list/`: Superset's List Roles, to add roles and choose their permissions. */
export function RolesListPage() {
  useDocumentTitle('List Roles');
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [paging, setPaging] = useState({ page: 0, pageSize: 25 });
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const { create, update, remove } = useRoleMutations();

  useEffect(() => {
    const timer = setTimeout(() => {
      setAppliedSearch(search.trim());
      setPaging((prev) => ({ ...prev, page: 0 }));
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  const request: RoleListRequest = {
    filters: appliedSearch ? [{ col: 'name', opr: 'ct', value: appliedSearch }] : [],
    order_column: 'name',
    order_direction: 'asc',
    page: paging.page,
    page_size: paging.pageSize,
  };
  const list = useRoleList(request);

  const handleSave = async (values: RoleFormValues) => {
    if (editing === 'new') {
      await create.mutateAsync(values);
      void toast.success(`Role ${values.name} added`);
    } else if (editing) {
      const body = editing.is_builtin
        ? { permission_view_menu_ids: values.permission_view_menu_ids }
        : values;
      await update.mutateAsync({ id: editing.id, body });
      void toast.success(`Role ${values.name} saved`);
    }
  };

  const handleDelete = (role: Role) => {
    const holders =
      role.user_count === 0
        ? 'No user holds it.'
        : `${role.user_count} user${role.user_count === 1 ? '' : 's'} will lose it.`;
    void modal.confirm({
      title: `Delete the role ${role.name}?`,
      content: `${holders} This cannot be undone.`,
      okText: 'Delete',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await remove.mutateAsync(role.id);
          void toast.success(`Role ${role.name} deleted`);
        } catch (error) {
          void toast.error(errorMessage(error));
        }
      },
    });
  };

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="manage roles" />;
  }

  return (
    <ListPageLayout
      title="Roles"
      count={list.data?.count}
      addLabel="Role"
      onAdd={() => setEditing('new')}
    >
      {modalHolder}
      {toastHolder}
      <div className={listStyles.toolbar} role="search" aria-label="Filter roles">
        <Input.Search
          aria-label="Search by name"
          placeholder="Search by name"
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 280 }}
        />
      </div>
      {list.isError ? (
        <LoadErrorAlert
          message="The roles could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <RolesTable
          roles={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          isLoading={list.isFetching}
          emptyText={
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={appliedSearch ? 'No role matches this name' : 'No roles yet'}
            />
          }
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onEdit={(role) => setEditing(role)}
          onDelete={handleDelete}
        />
      )}
      {editing !== null && (
        <RoleFormModal
          role={editing === 'new' ? null : editing}
          onSave={handleSave}
          onClose={() => setEditing(null)}
        />
      )}
    </ListPageLayout>
  );
}
