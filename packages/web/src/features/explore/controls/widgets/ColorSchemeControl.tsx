import { Select } from 'antd';
import { colorSchemeOptions } from '../../../../components/color-scheme-options';
import type { SimpleControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';

/** The `color_scheme` control: a categorical scheme, each shown with its first colours. */
export function ColorSchemeControl({
  control,
  value,
  onChange,
}: ControlWidgetProps<SimpleControl>) {
  const current = typeof value === 'string' && value ? value : undefined;
  const options = colorSchemeOptions(current);
  return (
    <Select
      aria-label={control.label}
      showSearch
      placeholder="Select a scheme"
      value={current}
      options={options}
      optionFilterProp="title"
      onChange={(next: string) => onChange(next)}
      style={{ width: '100%' }}
    />
  );
}
