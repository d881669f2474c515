import { Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import styles from './ConnectionForm.module.css';
import { JsonField } from './JsonField';
import { parseQueryText, type ParameterField } from './parameters-form';
import { SwitchField } from './SwitchField';

function requiredRule(field: ParameterField): Rule[] {
  return field.isRequired
    ? [{ required: true, whitespace: true, message: `${field.label} is required` }]
    : [];
}

const queryRule: Rule = {
  validator: async (_rule, value: unknown) => {
    const check = parseQueryText(typeof value === 'string' ? value : '');
    if (!check.isValid) throw new Error(check.problem);
  },
};

/** One generated field, named `parameters.<name>` in the connection form. */
function ParameterInput({ field }: { field: ParameterField }) {
  const name = ['parameters', field.name];
  switch (field.kind) {
    case 'boolean':
      return <SwitchField name={name} label={field.label} help={field.description} />;
    case 'json':
      return (
        <JsonField
          name={name}
          label={field.label}
          help={field.description}
          placeholder='{"key": "value"}'
        />
      );
    case 'integer':
      return (
        <Form.Item
          name={name}
          label={field.label}
          rules={[
            ...(field.isRequired
              ? [{ required: true, message: `${field.label} is required` }]
              : []),
            {
              type: 'integer',
              min: field.minimum,
              max: field.maximum,
              message: `${field.label} must be a whole number${
                field.minimum !== undefined && field.maximum !== undefined
                  ? ` from ${field.minimum} to ${field.maximum}`
                  : ''
              }`,
            },
          ]}
        >
          <InputNumber
            style={{ width: '100%' }}
            placeholder={field.description}
            precision={0}
            controls={false}
          />
        </Form.Item>
      );
    case 'choice':
      return (
        <Form.Item name={name} label={field.label} rules={requiredRule(field)}>
          <Select
            placeholder={field.description}
            options={field.choices.map((choice) => ({ value: choice, label: choice }))}
            allowClear={!field.isRequired}
          />
        </Form.Item>
      );
    case 'query':
      return (
        <Form.Item
          name={name}
          label={field.label}
          extra={field.description}
          rules={[...requiredRule(field), queryRule]}
        >
          <Input className={styles.code} placeholder="e.g. param1=value1&param2=value2" />
        </Form.Item>
      );
    case 'password':
      return (
        <Form.Item name={name} label={field.label} rules={requiredRule(field)}>
          <Input.Password placeholder={field.description} autoComplete="new-password" />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={name} label={field.label} rules={requiredRule(field)}>
          <Input placeholder={field.description} autoComplete="off" />
        </Form.Item>
      );
  }
}

/**
 * The parameters form generated from the engine's JSON schema: text, password, number,
 * switch and choice fields with the schema's required markers, defaults and limits. Host
 * and port share a row, as they are read together.
 */
export function ParametersFields({ fields }: { fields: readonly ParameterField[] }) {
  const host = fields.find((field) => field.name === 'host');
  const port = fields.find((field) => field.name === 'port');
  const isPaired = host?.kind === 'text' && port?.kind === 'integer';
  return fields.map((field) => {
    if (isPaired && field === port) return null;
    if (isPaired && field === host) {
      return (
        <div key="host-port" className={styles.hostPort}>
          <ParameterInput field={host} />
          <ParameterInput field={port} />
        </div>
      );
    }
    return <ParameterInput key={field.name} field={field} />;
  });
}
