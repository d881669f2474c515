import { Checkbox } from 'antd';
import type { SimpleControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';

/** A `checkbox` control, its label beside the box ("true"/"false" text from URLs reads as such). */
export function CheckboxControl({ control, value, onChange }: ControlWidgetProps<SimpleControl>) {
  return (
    <Checkbox
      checked={value === true || value === 'true'}
      onChange={(event) => onChange(event.target.checked)}
    >
      {control.label}
    </Checkbox>
  );
}
