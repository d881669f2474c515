import type { CurrentUserPasswordUpdate } from '@superset-ts/shared';
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { PasswordFields } from '../../components/PasswordFields';

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
  return (
    <FormModal
      form={form}
      title="Change your password"
      okText="Change password"
      fieldNames={FIELDS}
      onSave={onSave}
      onClose={onClose}
    >
      <Form.Item
        name="current_password"
        label="Current password"
        rules={[{ required: true, message: 'Enter your current password' }]}
      >
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <PasswordFields
        name="new_password"
        confirmName="confirm_password"
        wording={{
          label: 'New password',
          confirmLabel: 'Confirm new password',
          required: 'Enter a new password',
          confirmRequired: 'Repeat the new password',
          mismatch: 'The two new passwords differ',
        }}
      />
    </FormModal>
  );
}
