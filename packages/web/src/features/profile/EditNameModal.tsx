import type { CurrentUserUpdate } from '@superset-ts/shared';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { showServerErrors } from '../users/form-errors';

/** The user changes their own first and last name. */
export function EditNameModal({
  firstName,
  lastName,
  onSave,
  onClose,
}: {
  firstName: string;
  lastName: string;
  onSave: (values: Required<CurrentUserUpdate>) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Required<CurrentUserUpdate>>();
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState('');

  const handleSubmit = async (values: Required<CurrentUserUpdate>) => {
    setIsSaving(true);
    setProblem('');
    try {
      await onSave(values);
      onClose();
    } catch (error) {
      setProblem(showServerErrors(form, error, ['first_name', 'last_name']));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title="Edit your name"
      okText="Save"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Form<Required<CurrentUserUpdate>>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ first_name: firstName, last_name: lastName }}
        onFinish={(values) => void handleSubmit(values)}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="first_name"
          label="First name"
          rules={[{ required: true, whitespace: true, message: 'First name is required' }]}
        >
          <Input autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item
          name="last_name"
          label="Last name"
          rules={[{ required: true, whitespace: true, message: 'Last name is required' }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
