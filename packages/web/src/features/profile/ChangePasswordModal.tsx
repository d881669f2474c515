import { MIN_PASSWORD_LENGTH, type CurrentUserPasswordUpdate } from '@superset-ts/shared';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { showServerErrors } from '../users/form-errors';

const FIELDS = ['current_password', 'new_password', 'confirm_password'];

/** The user changes their own password, giving the current one (AUTH_DB). */
export function ChangePasswordModal({
  onSave,
  onClose,
}: {
  onSave: (values: CurrentUserPasswordUpdate) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<CurrentUserPasswordUpdate>();
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState('');

  const handleSubmit = async (values: CurrentUserPasswordUpdate) => {
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
      title="Change your password"
      okText="Change password"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Form<CurrentUserPasswordUpdate>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void handleSubmit(values)}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="current_password"
          label="Current password"
          rules={[{ required: true, message: 'Enter your current password' }]}
        >
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="new_password"
          label="New password"
          rules={[
            { required: true, message: 'Enter a new password' },
            {
              min: MIN_PASSWORD_LENGTH,
              message: `Password must have at least ${MIN_PASSWORD_LENGTH} characters`,
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm_password"
          label="Confirm new password"
          dependencies={['new_password']}
          rules={[
            { required: true, message: 'Repeat the new password' },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value === getFieldValue('new_password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('The two new passwords differ')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
