import type { SimpleControl } from '../../../../../visualizations';
import type { ControlWidgetProps } from '../control-widget-props';
import { NO_FILTER } from './time-range-frames';
import { TimeRangePicker } from './TimeRangePicker';

/** The `time_range` control: the chart's time range as a pill with the range editor. */
export function TimeRangeControl({ control, value, onChange }: ControlWidgetProps<SimpleControl>) {
  return (
    <TimeRangePicker
      label={control.label}
      value={typeof value === 'string' && value ? value : NO_FILTER}
      onChange={onChange}
    />
  );
}
