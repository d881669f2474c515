import { Form, Switch } from 'antd';
import type { ReactNode } from 'react';
import styles from './ConnectionForm.module.css';

/** A form switch with its label beside it and, under both, what it does. */
export function SwitchField({
  name,
  label,
  help,
}: {
  name: string | (string | number)[];
  label: string;
  help?: ReactNode;
}) {
  return (
    <Form.Item extra={help} style={{ marginBottom: 12 }}>
      <label className={styles.switchRow}>
        <Form.Item name={name} valuePropName="checked" noStyle>
          <Switch size="small" />
        </Form.Item>
        {label}
      </label>
    </Form.Item>
  );
}
