import {
  NUMBER_FORMAT_OPTIONS,
  TIME_FORMAT_OPTIONS,
  type SimpleControl,
} from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';
import { FreeFormSelect } from './FreeFormSelect';

/**
 * The `number-format` and `time-format` controls: one of Superset's named formats, each with
 * an example, or a d3 format string typed in.
 */
export function FormatControl({ control, value, onChange }: ControlWidgetProps<SimpleControl>) {
  const options = control.kind === 'time-format' ? TIME_FORMAT_OPTIONS : NUMBER_FORMAT_OPTIONS;
  return (
    <FreeFormSelect
      label={control.label}
      value={value}
      options={options}
      placeholder="Select or type a d3 format"
      onChange={onChange}
    />
  );
}
