import type { Role } from '@superset-ts/shared';
import { Alert, Form, Input, Modal, Skeleton } from 'antd';
import { useFormSave } from '../../components/useFormSave';
import { PermissionPicker } from './PermissionPicker';
import { usePermissionResources, useRolePermissionIds } from './useRoles';

/** What the role form collects. */
export interface RoleFormValues {
  name: string;
  permission_view_menu_ids: number[];
}

const FIELDS = ['name', 'permission_view_menu_ids'];

/**
 * Adding a role (`role` null) or editing one: its name and its permissions. Built-in roles
 * keep their name, and the form says that `superset init` resets their permissions.
 */
export function RoleFormModal({
  role,
  onSave,
  onClose,
}: {
  role: Role | null;
  onSave: (values: RoleFormValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RoleFormValues>();
  const pairs = usePermissionResources(true);
  const granted = useRolePermissionIds(role?.id ?? null);
  const isNew = role === null;
  const isReady = isNew || granted.isSuccess;

  const { isSaving, problem, handleFinish } = useFormSave(
    form,
    FIELDS,
    (values) =>
      onSave({ ...values, permission_view_menu_ids: values.permission_view_menu_ids ?? [] }),
    onClose,
  );

  const loadProblem = pairs.error ?? granted.error;
  return (
    <Modal
      open
      title={isNew ? 'Add role' : `Edit ${role.name}`}
      okText={isNew ? 'Add role' : 'Save'}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !isReady }}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
      width={880}
    >
      {role?.is_builtin && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '16px 0 0' }}
          message={`${role.name} is a built-in role`}
          description={
            <>
              Its name cannot change. You can edit its permissions, but <code>superset init</code>{' '}
              resets them to the built-in definition the next time it runs.
            </>
          }
        />
      )}
      {loadProblem && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} message={loadProblem.message} />
      )}
      {problem && <Alert type="error" showIcon style={{ marginTop: 16 }} message={problem} />}
      {isReady ? (
        <Form<RoleFormValues>
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          initialValues={{ name: role?.name ?? '', permission_view_menu_ids: granted.data ?? [] }}
          onFinish={handleFinish}
        >
          <Form.Item
            name="name"
            label="Name"
            rules={[{ required: true, whitespace: true, message: 'Name is required' }]}
          >
            <Input autoFocus={!role?.is_builtin} disabled={role?.is_builtin} maxLength={64} />
          </Form.Item>
          <Form.Item name="permission_view_menu_ids" label="Permissions">
            <PermissionPicker pairs={pairs.data ?? []} isLoading={pairs.isPending} />
          </Form.Item>
        </Form>
      ) : (
        <Skeleton active style={{ marginTop: 16 }} />
      )}
    </Modal>
  );
}
