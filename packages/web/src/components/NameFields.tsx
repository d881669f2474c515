import { Form, Input } from 'antd';

const NAME_PARTS = [
  { name: 'first_name', label: 'First name' },
  { name: 'last_name', label: 'Last name' },
] as const;

/**
 * A person's first and last name, both required and at most 64 characters, as the server
 * checks them. Put inside an antd `Form`; the values land under `first_name` and `last_name`.
 */
export function NameFields({ autoFocus = false }: { autoFocus?: boolean }) {
  return NAME_PARTS.map(({ name, label }, index) => (
    <Form.Item
      key={name}
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: `${label} is required` }]}
    >
      <Input autoFocus={autoFocus && index === 0} maxLength={64} />
    </Form.Item>
  ));
}
