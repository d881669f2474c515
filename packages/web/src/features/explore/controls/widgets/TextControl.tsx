import { Input } from 'antd';
import type { SimpleControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';

/** A `text` control: free text, empty when the form data holds none. */
export function TextControl({ control, value, onChange }: ControlWidgetProps<SimpleControl>) {
  return (
    <Input
      aria-label={control.label}
      value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
