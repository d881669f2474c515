import { BgColorsOutlined } from '@ant-design/icons';
import type { SimpleControl } from '../../../../../visualizations';
import type { ControlWidgetProps } from '../control-widget-props';
import { PillListControl } from '../pills/PillListControl';
import {
  formattableColumns,
  isRuleComplete,
  isRuleLike,
  ruleLabel,
  type FormattingRule,
} from './formatting-rule';
import { FormattingRuleEditor } from './FormattingRuleEditor';

/**
 * The table's `conditional_formatting` control: colour rules as pills, each opening its
 * editor; a later rule wins over an earlier one on the same cell, so the order can be dragged.
 */
export function ConditionalFormattingControl({
  control,
  value,
  onChange,
  dataset,
  formData,
}: ControlWidgetProps<SimpleControl>) {
  const rules = (Array.isArray(value) ? value : []).filter(isRuleLike) as FormattingRule[];
  const columns = formattableColumns(formData, dataset);
  return (
    <PillListControl<FormattingRule>
      label={control.label}
      values={rules}
      isMultiple
      onChange={onChange}
      describe={(rule) => ({
        label: ruleLabel(rule),
        icon: <BgColorsOutlined aria-hidden style={{ color: rule.colorScheme }} />,
        ...(isRuleComplete(rule) ? {} : { warning: 'This rule is incomplete and is not applied.' }),
      })}
      renderEditor={(editor) => <FormattingRuleEditor columns={columns} {...editor} />}
      addText="Add new color formatter"
      accepts={[]}
      onDropItem={() => undefined}
    />
  );
}
