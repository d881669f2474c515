import { Form, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useSchemas, useTables } from '../sqllab/useDatabaseMetadata';
import { RelatedSelect } from '../../components/RelatedSelect';
import { datasetChoiceSource } from './dataset-choice-source';

interface AddDatasetValues {
  database: number;
  schema: string;
  table_name: string;
}

const FIELDS = ['database', 'schema', 'table_name'] as const;

/**
 * Superset's "+ Dataset" flow for a physical dataset: pick a database, then one of its
 * schemas, then a table or view of it; the server reads its columns when creating it.
 */
export function AddDatasetModal({
  onCreate,
  onClose,
}: {
  onCreate: (values: AddDatasetValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AddDatasetValues>();
  const databaseId = Form.useWatch('database', form) ?? null;
  const schema = Form.useWatch('schema', form) ?? null;
  const schemas = useSchemas(databaseId);
  const tables = useTables(databaseId, schema);

  return (
    <FormModal<AddDatasetValues>
      form={form}
      title="New dataset"
      okText="Create dataset"
      fieldNames={FIELDS}
      onSave={onCreate}
      onClose={onClose}
    >
      <Form.Item
        name="database"
        label="Database"
        rules={[{ required: true, message: 'Choose a database' }]}
      >
        <RelatedSelect<number>
          {...datasetChoiceSource('database')}
          label="Database"
          placeholder="Select a database"
          value={databaseId}
          onChange={(id) =>
            form.setFieldsValue({
              database: id ?? undefined,
              schema: undefined,
              table_name: undefined,
            })
          }
        />
      </Form.Item>
      <Form.Item
        name="schema"
        label="Schema"
        rules={[{ required: true, message: 'Choose a schema' }]}
      >
        <Select<string>
          aria-label="Schema"
          placeholder={databaseId === null ? 'Select a database first' : 'Select a schema'}
          showSearch
          disabled={databaseId === null}
          loading={schemas.isFetching}
          status={schemas.isError ? 'error' : undefined}
          notFoundContent={schemas.isError ? schemas.error.message : 'No schema'}
          options={(schemas.data ?? []).map((name) => ({ value: name, label: name }))}
          onChange={() => form.setFieldsValue({ table_name: undefined })}
        />
      </Form.Item>
      <Form.Item
        name="table_name"
        label="Table"
        rules={[{ required: true, message: 'Choose a table' }]}
      >
        <Select<string>
          aria-label="Table"
          placeholder={schema === null ? 'Select a schema first' : 'Select a table'}
          showSearch
          disabled={schema === null}
          loading={tables.isFetching}
          status={tables.isError ? 'error' : undefined}
          notFoundContent={tables.isError ? tables.error.message : 'No table in this schema'}
          options={(tables.data ?? []).map((table) => ({
            value: table.value,
            label: table.type === 'view' ? `${table.value} (view)` : table.value,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
