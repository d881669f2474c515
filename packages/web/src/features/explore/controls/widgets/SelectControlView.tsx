import { Select } from 'antd';
import type { SelectControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';
import { FreeFormSelect } from './FreeFormSelect';
import { hasNumericOptions, toOptionValue, withValues, type OptionValue } from './select-values';

/**
 * A `select` control: one of the options, several (`multiple`), or also typed values
 * (`freeForm`: a multi-select takes tags); `clearable` lets the value be emptied.
 */
export function SelectControlView({ control, value, onChange }: ControlWidgetProps<SelectControl>) {
  const isNumeric = hasNumericOptions(control.options);
  if (control.multiple) {
    const values = (Array.isArray(value) ? (value as unknown[]) : [value])
      .map((item) => toOptionValue(item, isNumeric))
      .filter((item): item is OptionValue => item !== undefined);
    return (
      <Select
        aria-label={control.label}
        mode={control.freeForm ? 'tags' : 'multiple'}
        allowClear
        placeholder={control.freeForm ? 'Select or type values' : 'Select values'}
        value={values}
        options={withValues(control.options, values)}
        optionFilterProp="label"
        onChange={(next: OptionValue[]) =>
          onChange(next.map((item) => toOptionValue(item, isNumeric)))
        }
        style={{ width: '100%' }}
      />
    );
  }
  if (control.freeForm) {
    return (
      <FreeFormSelect
        label={control.label}
        value={value}
        options={control.options}
        isClearable={control.clearable}
        onChange={onChange}
      />
    );
  }
  const current = toOptionValue(value, isNumeric);
  return (
    <Select
      aria-label={control.label}
      allowClear={control.clearable}
      placeholder="Select a value"
      value={current}
      options={withValues(control.options, current === undefined ? [] : [current])}
      onChange={(next: OptionValue | undefined) => onChange(next ?? null)}
      style={{ width: '100%' }}
    />
  );
}
