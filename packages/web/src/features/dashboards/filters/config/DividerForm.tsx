import type { NativeFilterDivider } from '@superset-ts/shared';
import { Form, Input } from 'antd';

/** The settings of a divider: its title and description. */
export function DividerForm({
  divider,
  onChange,
}: {
  divider: NativeFilterDivider;
  onChange: (divider: NativeFilterDivider) => void;
}) {
  return (
    <Form layout="vertical" component="div">
      <Form.Item label="Title" htmlFor="divider-config-title" required>
        <Input
          id="divider-config-title"
          value={divider.title}
          maxLength={250}
          onChange={(event) => onChange({ ...divider, title: event.target.value })}
        />
      </Form.Item>
      <Form.Item label="Description" htmlFor="divider-config-description">
        <Input.TextArea
          id="divider-config-description"
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={divider.description ?? ''}
          onChange={(event) => onChange({ ...divider, description: event.target.value })}
        />
      </Form.Item>
    </Form>
  );
}
