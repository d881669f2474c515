import { MIN_PASSWORD_LENGTH } from '@superset-ts/shared';
import { Form, Input } from 'antd';

/** What the two password fields are called and say; each form words them its own way. */
export interface PasswordFieldsWording {
  label: string;
  confirmLabel: string;
  /** Shown when the password is left empty. */
  required: string;
  /** Shown when the confirmation is left empty. */
  confirmRequired: string;
  /** Shown when the confirmation differs from the password. */
  mismatch: string;
}

/**
 * A new password (at least `MIN_PASSWORD_LENGTH` characters) and its confirmation, which must
 * match it. Put inside an antd `Form`; the values land under `name` and `confirmName`.
 */
export function PasswordFields({
  name = 'password',
  confirmName = 'confirm',
  wording,
  autoFocus = false,
}: {
  name?: string;
  confirmName?: string;
  wording: PasswordFieldsWording;
  autoFocus?: boolean;
}) {
  return (
    <>
      <Form.Item
        name={name}
        label={wording.label}
        rules={[
          { required: true, message: wording.required },
          {
            min: MIN_PASSWORD_LENGTH,
            message: `Password must have at least ${MIN_PASSWORD_LENGTH} characters`,
          },
        ]}
      >
        <Input.Password autoFocus={autoFocus} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={wording.confirmLabel}
        dependencies={[name]}
        rules={[
          { required: true, message: wording.confirmRequired },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              value === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(wording.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
