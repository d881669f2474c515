import type { Role, User } from '@superset-ts/shared';
import { MIN_PASSWORD_LENGTH } from '@superset-ts/shared';
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { showServerErrors } from './form-errors';
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
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState('');
  const isNew = user === null;

  const handleSubmit = async (values: UserFormValues) => {
    setIsSaving(true);
    setProblem('');
    try {
      await onSave(values);
      onClose();
    } catch (error) {
      setProblem(showServerErrors(form, error, FIELDS));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title={isNew ? 'Add user' : `Edit ${user.username}`}
      okText={isNew ? 'Add user' : 'Save'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
      width={560}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(user)}
        onFinish={(values) => void handleSubmit(values)}
        className={styles.form}
      >
        {problem && <Alert type="error" showIcon message={problem} className={styles.alert} />}
        <Form.Item
          name="username"
          label="Username"
          rules={[{ required: true, whitespace: true, message: 'Username is required' }]}
        >
          <Input autoFocus autoComplete="off" maxLength={100} />
        </Form.Item>
        <div className={styles.row}>
          <Form.Item
            name="first_name"
            label="First name"
            rules={[{ required: true, whitespace: true, message: 'First name is required' }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="last_name"
            label="Last name"
            rules={[{ required: true, whitespace: true, message: 'Last name is required' }]}
          >
            <Input maxLength={64} />
          </Form.Item>
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
            <Form.Item
              name="password"
              label="Password"
              rules={[
                { required: true, message: 'Password is required' },
                {
                  min: MIN_PASSWORD_LENGTH,
                  message: `Password must have at least ${MIN_PASSWORD_LENGTH} characters`,
                },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label="Confirm password"
              dependencies={['password']}
              rules={[
                { required: true, message: 'Repeat the password' },
                ({ getFieldValue }) => ({
                  validator: (_rule, value) =>
                    value === getFieldValue('password')
                      ? Promise.resolve()
                      : Promise.reject(new Error('The two passwords differ')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
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
      </Form>
    </Modal>
  );
}
