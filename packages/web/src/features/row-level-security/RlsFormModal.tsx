import { RLS_FILTER_TYPES, type RlsListItem, type RlsRuleCreate } from '@superset-ts/shared';
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RelatedMultiSelect } from './RelatedMultiSelect';

/** What the rule form collects. */
export interface RlsFormValues {
  name: string;
  filter_type: RlsRuleCreate['filter_type'];
  tables: number[];
  roles: number[];
  group_key: string;
  clause: string;
  description: string;
}

const FIELDS = ['name', 'filter_type', 'tables', 'roles', 'group_key', 'clause', 'description'];

/** The form's values as the API takes them: blank optional texts become null. */
export function toRlsRuleBody(values: RlsFormValues): RlsRuleCreate {
  return {
    name: values.name.trim(),
    filter_type: values.filter_type,
    tables: values.tables,
    roles: values.roles ?? [],
    group_key: values.group_key?.trim() || null,
    clause: values.clause.trim(),
    description: values.description?.trim() || null,
  };
}

/**
 * Adding a rule (`rule` null) or editing one: name, type, the datasets it filters, the roles
 * it names, its group key, the WHERE clause and a description, with Superset's explanations.
 */
export function RlsFormModal({
  rule,
  onSave,
  onClose,
}: {
  rule: RlsListItem | null;
  onSave: (values: RlsFormValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RlsFormValues>();
  const filterType = Form.useWatch('filter_type', form) ?? rule?.filter_type ?? 'Regular';
  return (
    <FormModal<RlsFormValues>
      form={form}
      title={rule ? `Edit ${rule.name}` : 'Add rule'}
      okText={rule ? 'Save' : 'Add rule'}
      width={640}
      fieldNames={FIELDS}
      initialValues={{
        name: rule?.name ?? '',
        filter_type: rule?.filter_type ?? 'Regular',
        tables: rule?.tables.map((t) => t.id) ?? [],
        roles: rule?.roles.map((r) => r.id) ?? [],
        group_key: rule?.group_key ?? '',
        clause: rule?.clause ?? '',
        description: rule?.description ?? '',
      }}
      onSave={onSave}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Rule name"
        rules={[{ required: true, whitespace: true, message: 'Name is required' }]}
      >
        <Input autoFocus maxLength={255} />
      </Form.Item>
      <Form.Item
        name="filter_type"
        label="Filter type"
        extra="Regular filters add their clause for users in the roles below. Base filters add it for everyone except those roles."
      >
        <Select
          aria-label="Filter type"
          options={RLS_FILTER_TYPES.map((value) => ({ value, label: value }))}
        />
      </Form.Item>
      <Form.Item
        name="tables"
        label="Datasets"
        rules={[{ required: true, message: 'Pick at least one dataset' }]}
      >
        <RelatedMultiSelect
          column="tables"
          label="Datasets"
          placeholder="Pick the datasets to filter"
          picked={(rule?.tables ?? []).map((t) => ({
            value: t.id,
            label: t.schema ? `${t.schema}.${t.table_name}` : t.table_name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="roles"
        label="Roles"
        extra={
          filterType === 'Base'
            ? 'The filter does NOT apply to these roles, e.g. Admin to let admins see every row.'
            : 'The filter applies to users holding one of these roles.'
        }
      >
        <RelatedMultiSelect
          column="roles"
          label="Roles"
          placeholder="Pick roles"
          picked={(rule?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))}
        />
      </Form.Item>
      <Form.Item
        name="group_key"
        label="Group key"
        extra="Filters with the same group key are ORed together; different groups are ANDed. Leave empty for a filter of its own."
      >
        <Input maxLength={255} placeholder="e.g. department" />
      </Form.Item>
      <Form.Item
        name="clause"
        label="Clause"
        rules={[{ required: true, whitespace: true, message: 'Clause is required' }]}
        extra="The condition added to the WHERE clause, e.g. client_id = 9. Jinja templates are allowed."
      >
        <Input.TextArea rows={3} spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="description" label="Description">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
