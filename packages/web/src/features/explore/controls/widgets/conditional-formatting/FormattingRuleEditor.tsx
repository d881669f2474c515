import { ColorPicker, Flex, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { EditorFooter } from '../EditorFooter';
import type { PillEditorProps } from '../pills/PillListControl';
import {
  cleanRule,
  isRuleComplete,
  newFormattingRule,
  RULE_OPERATORS,
  targetCountOf,
  type FormattingRule,
} from './formatting-rule';

/**
 * The editor of one conditional formatting rule: the column, a comparison with its target
 * value(s) (or none: shade every value), and the colour.
 *
 * @param columns the numeric columns of the table the rule may apply to
 */
export function FormattingRuleEditor({
  columns,
  initial,
  onSave,
  onClose,
}: PillEditorProps<FormattingRule> & { columns: readonly string[] }) {
  const [rule, setRule] = useState<Partial<FormattingRule>>(() => initial ?? newFormattingRule());
  const update = (patch: Partial<FormattingRule>) =>
    setRule((current) => ({ ...current, ...patch }));
  const count = rule.operator ? targetCountOf(rule.operator) : 0;
  const number = (label: string, key: 'targetValue' | 'targetValueLeft' | 'targetValueRight') => (
    <InputNumber
      aria-label={label}
      placeholder={label}
      value={rule[key] ?? null}
      onChange={(next) => update({ [key]: next ?? undefined })}
      style={{ width: '100%' }}
    />
  );

  return (
    <Form layout="vertical" size="small" aria-label="Edit formatting rule" component="div">
      <Form.Item label="Column">
        <Select
          aria-label="Rule column"
          showSearch
          placeholder="Select a column"
          value={rule.column}
          options={columns.map((column) => ({ value: column, label: column }))}
          notFoundContent="Add metrics or numeric columns first"
          onChange={(column: string) => update({ column })}
        />
      </Form.Item>
      <Form.Item label="Operator">
        <Select
          aria-label="Rule operator"
          virtual={false}
          value={rule.operator}
          options={RULE_OPERATORS.map((operator) => ({ value: operator, label: operator }))}
          onChange={(operator: FormattingRule['operator']) => update({ operator })}
        />
      </Form.Item>
      {count === 1 && (
        <Form.Item label="Target value">{number('Target value', 'targetValue')}</Form.Item>
      )}
      {count === 2 && (
        <Form.Item label="Range">
          <Flex gap={8}>
            {number('Left value', 'targetValueLeft')}
            {number('Right value', 'targetValueRight')}
          </Flex>
        </Form.Item>
      )}
      <Form.Item label="Color">
        <ColorPicker
          value={rule.colorScheme}
          disabledAlpha
          showText
          onChangeComplete={(color) => update({ colorScheme: color.toHexString() })}
        />
      </Form.Item>
      <EditorFooter
        canSave={isRuleComplete(rule)}
        onClose={onClose}
        onSave={() => {
          if (isRuleComplete(rule)) onSave(cleanRule(rule));
        }}
      />
    </Form>
  );
}
