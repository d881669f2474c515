import type { ControlConfig } from '../../../visualizations';
import { CheckboxControl } from './widgets/CheckboxControl';
import { ColorControl } from './widgets/ColorControl';
import { ColorSchemeControl } from './widgets/ColorSchemeControl';
import { ColumnsControl } from './widgets/columns/ColumnsControl';
import { ConditionalFormattingControl } from './widgets/conditional-formatting/ConditionalFormattingControl';
import type { ControlWidgetProps } from './widgets/control-widget-props';
import { FiltersControl } from './widgets/filters/FiltersControl';
import { FormatControl } from './widgets/FormatControl';
import { MetricsControl } from './widgets/metrics/MetricsControl';
import { NumberControlView } from './widgets/NumberControlView';
import { SelectControlView } from './widgets/SelectControlView';
import { TextControl } from './widgets/TextControl';
import { TimeGrainControl } from './widgets/TimeGrainControl';
import { TimeRangeControl } from './widgets/time-range/TimeRangeControl';

/** The widget of a control's kind: one widget per `ControlKind`. */
export function ControlWidget(props: ControlWidgetProps) {
  const { control } = props;
  switch (control.kind) {
    case 'metrics':
    case 'metric':
      return <MetricsControl {...props} control={control} />;
    case 'columns':
    case 'column':
      return <ColumnsControl {...props} control={control} />;
    case 'filters':
      return <FiltersControl {...props} control={control} />;
    case 'time-range':
      return <TimeRangeControl {...props} control={control} />;
    case 'time-grain':
      return <TimeGrainControl {...props} control={control} />;
    case 'select':
      return <SelectControlView {...props} control={control} />;
    case 'number':
      return <NumberControlView {...props} control={control} />;
    case 'checkbox':
      return <CheckboxControl {...props} control={control} />;
    case 'text':
      return <TextControl {...props} control={control} />;
    case 'color-scheme':
      return <ColorSchemeControl {...props} control={control} />;
    case 'number-format':
    case 'time-format':
      return <FormatControl {...props} control={control} />;
    case 'color':
      return <ColorControl {...props} control={control} />;
    case 'conditional-formatting':
      return <ConditionalFormattingControl {...props} control={control} />;
  }
}

/** Whether a control shows its label beside its widget (a checkbox) rather than above it. */
export function hasInlineLabel(control: ControlConfig): boolean {
  return control.kind === 'checkbox';
}
