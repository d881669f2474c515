import { Checkbox, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';

/** What the save dialog asks for. */
export interface SaveQueryValues {
  label: string;
  description: string;
  /** With a saved query already: store a new one instead of updating it. */
  isSaveAsNew: boolean;
}

/**
 * Saves the tab's query with a name and description, or updates the saved query the tab
 * was opened from (unless "Save as a new query" is ticked).
 */
export function SaveQueryModal({
  initialValues,
  isUpdate,
  onSave,
  onClose,
}: {
  initialValues: { label: string; description: string };
  isUpdate: boolean;
  onSave: (values: SaveQueryValues) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SaveQueryValues>();
  const isSaveAsNew = Form.useWatch('isSaveAsNew', form) ?? false;
  return (
    <FormModal<SaveQueryValues>
      form={form}
      title="Save query"
      okText={isUpdate && !isSaveAsNew ? 'Update' : 'Save'}
      fieldNames={['label', 'description']}
      initialValues={{ ...initialValues, isSaveAsNew: false }}
      onSave={onSave}
      onClose={onClose}
    >
      <Form.Item
        name="label"
        label="Name"
        rules={[{ required: true, whitespace: true, message: 'Give the query a name' }]}
      >
        <Input autoFocus maxLength={256} />
      </Form.Item>
      <Form.Item name="description" label="Description">
        <Input.TextArea rows={4} />
      </Form.Item>
      {isUpdate && (
        <Form.Item name="isSaveAsNew" valuePropName="checked" noStyle>
          <Checkbox>Save as a new query</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
