import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';

interface DuplicateValues {
  table_name: string;
}

/** Superset's "Duplicate dataset": a virtual dataset copied under a new name. */
export function DuplicateDatasetModal({
  sourceName,
  onDuplicate,
  onClose,
}: {
  sourceName: string;
  onDuplicate: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DuplicateValues>();
  return (
    <FormModal<DuplicateValues>
      form={form}
      title={`Duplicate ${sourceName}`}
      okText="Duplicate"
      fieldNames={['table_name']}
      initialValues={{ table_name: `${sourceName} (copy)` }}
      onSave={(values) => onDuplicate(values.table_name.trim())}
      onClose={onClose}
    >
      <Form.Item
        name="table_name"
        label="New dataset name"
        rules={[{ required: true, whitespace: true, message: 'Name the new dataset' }]}
      >
        <Input autoFocus />
      </Form.Item>
    </FormModal>
  );
}
