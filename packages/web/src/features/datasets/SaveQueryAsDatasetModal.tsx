import type { SqlLabQuery } from '@superset-ts/shared';
import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../components/FormModal';
import { suggestedDatasetName } from './save-dataset-name';
import { useDatasetMutations } from './useDatasets';

interface DatasetNameValues {
  table_name: string;
}

/**
 * SQL Lab's dialog that saves the query behind the results as a virtual dataset (its SQL,
 * database, catalog and schema) under a name the user gives, suggested from the tab's name.
 * `onCreated` says what follows (a toast, opening Explore); a failure stays in the dialog.
 */
export function SaveQueryAsDatasetModal({
  query,
  title,
  okText,
  explanation,
  onCreated,
  onClose,
}: {
  query: SqlLabQuery;
  title: string;
  okText: string;
  /** The secondary text above the name field. */
  explanation: ReactNode;
  onCreated: (created: { id: number; name: string }) => void | Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DatasetNameValues>();
  const { create } = useDatasetMutations();

  const handleSave = async (values: DatasetNameValues) => {
    const name = values.table_name.trim();
    const created = await create.mutateAsync({
      database: query.dbId,
      schema: query.schema,
      ...(query.catalog ? { catalog: query.catalog } : {}),
      sql: query.sql,
      table_name: name,
    });
    await onCreated({ id: created.id, name });
  };

  return (
    <FormModal<DatasetNameValues>
      form={form}
      title={title}
      okText={okText}
      fieldNames={['table_name']}
      initialValues={{ table_name: suggestedDatasetName(query.tab, new Date()) }}
      onSave={handleSave}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{explanation}</Typography.Paragraph>
      <Form.Item
        name="table_name"
        label="Dataset name"
        rules={[{ required: true, whitespace: true, message: 'Name the dataset' }]}
      >
        <Input autoFocus />
      </Form.Item>
    </FormModal>
  );
}
