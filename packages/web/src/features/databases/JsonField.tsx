import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import styles from './ConnectionForm.module.css';
import { parseJsonObject } from './json-text';

/**
 * A text area for a JSON object, checked as it is typed: the parser's complaint shows under
 * it at once, and the form cannot be sent until it is fixed. Empty means `{}`.
 */
export function JsonField({
  name,
  label,
  help,
  placeholder,
  rows = 3,
}: {
  name: string | (string | number)[];
  label: ReactNode;
  help?: ReactNode;
  placeholder?: string;
  rows?: number;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={help}
      rules={[
        {
          validator: async (_rule, value: unknown) => {
            const check = parseJsonObject(typeof value === 'string' ? value : '');
            if (!check.isValid) throw new Error(check.problem);
          },
        },
      ]}
    >
      <Input.TextArea
        rows={rows}
        spellCheck={false}
        placeholder={placeholder}
        className={styles.code}
      />
    </Form.Item>
  );
}
