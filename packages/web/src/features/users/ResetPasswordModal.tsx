import type { User } from '@superset-ts/shared';
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { PasswordFields } from '../../components/PasswordFields';

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
  return (
    <FormModal
      form={form}
      title={`Reset the password of ${user.username}`}
      okText="Reset password"
      fieldNames={['password']}
      onSave={({ password }) => onSave(password)}
      onClose={onClose}
    >
      <PasswordFields
        autoFocus
        wording={{
          label: 'New password',
          confirmLabel: 'Confirm new password',
          required: 'Enter the new password',
          confirmRequired: 'Repeat the new password',
          mismatch: 'The two passwords differ',
        }}
      />
    </FormModal>
  );
}
