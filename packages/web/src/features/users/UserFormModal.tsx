import type { Role, User } from '@superset-ts/shared';
import { Form, Input, Select, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import { NameFields } from '../../components/NameFields';
import { PasswordFields } from '../../components/PasswordFields';
import styles from './UserFormModal.module.css';

/** What the form collects; `password`/`confirm` only when adding a user. */
export interface UserFormValues {
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  active: boolean;
  roles: number[];
  password?: string;
  confirm?: string;
}

const FIELDS = ['username', 'first_name', 'last_name', 'email', 'active', 'roles', 'password'];

function initialValues(user: User | null): Partial<UserFormValues> {
  if (!user) return { active: true, roles: [] };
  return {
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    active: user.active,
    roles: user.roles.map((role) => role.id),
  };
}

/**
 * Adding a user (`user` null) or editing one: names, email, status and roles, with the same
 * rules as the server; the server's own refusals show next to their fields.
 */
export function UserFormModal({
  user,
  roles,
  isSelf,
  onSave,
  onClose,
}: {
  user: User | null;
  roles: readonly Role[];
  isSelf: boolean;
  onSave: (values: UserFormValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<UserFormValues>();
  const isNew = user === null;

  return (
    <FormModal
      form={form}
      title={isNew ? 'Add user' : `Edit ${user.username}`}
      okText={isNew ? 'Add user' : 'Save'}
      width={560}
      fieldNames={FIELDS}
      initialValues={initialValues(user)}
      onSave={onSave}
      onClose={onClose}
    >
      <Form.Item
        name="username"
        label="Username"
        rules={[{ required: true, whitespace: true, message: 'Username is required' }]}
      >
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      <div className={styles.row}>
        <NameFields />
      </div>
      <Form.Item
        name="email"
        label="Email"
        rules={[
          { required: true, message: 'Email is required' },
          { type: 'email', message: 'Email must be a valid email address' },
        ]}
      >
        <Input type="email" autoComplete="off" maxLength={320} />
      </Form.Item>
      {isNew && (
        <div className={styles.row}>
          <PasswordFields
            wording={{
              label: 'Password',
              confirmLabel: 'Confirm password',
              required: 'Password is required',
              confirmRequired: 'Repeat the password',
              mismatch: 'The two passwords differ',
            }}
          />
        </div>
      )}
      <Form.Item
        name="roles"
        label="Roles"
        rules={[
          { required: true, type: 'array', min: 1, message: 'Give the user at least one role' },
        ]}
      >
        <Select
          mode="multiple"
          placeholder="Select roles"
          optionFilterProp="label"
          options={roles.map((role) => ({ value: role.id, label: role.name }))}
        />
      </Form.Item>
      <Form.Item
        name="active"
        label="Active"
        valuePropName="checked"
        extra={
          isSelf
            ? 'You cannot deactivate yourself.'
            : 'Inactive users cannot log in; their sessions end at once.'
        }
      >
        <Switch disabled={isSelf} />
      </Form.Item>
    </FormModal>
  );
}
