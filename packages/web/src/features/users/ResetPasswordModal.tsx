import { MIN_PASSWORD_LENGTH, type User } from '@superset-ts/shared';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { showServerErrors } from './form-errors';

interface ResetPasswordValues {
  password: string;
  confirm: string;
}

/** An admin sets a new password for a user (FAB's "reset password"). */
export function ResetPasswordModal({
  user,
  onSave,
  onClose,
}: {
  user: User;
  onSave: (password: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ResetPasswordValues>();
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState('');

  const handleSubmit = async ({ password }: ResetPasswordValues) => {
    setIsSaving(true);
    setProblem('');
    try {
      await onSave(password);
      onClose();
    } catch (error) {
      setProblem(showServerErrors(form, error, ['password']));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`Reset the password of ${user.username}`}
      okText="Reset password"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Form<ResetPasswordValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void handleSubmit(values)}
        style={{ marginTop: 16 }}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="password"
          label="New password"
          rules={[
            { required: true, message: 'Enter the new password' },
            {
              min: MIN_PASSWORD_LENGTH,
              message: `Password must have at least ${MIN_PASSWORD_LENGTH} characters`,
            },
          ]}
        >
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Confirm new password"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Repeat the new password' },
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
      </Form>
    </Modal>
  );
}
