import { InputNumber } from 'antd';
import type { NumberControl } from '../../../../visualizations';
import { numberValue } from '../../../../visualizations/core/form-data';
import type { ControlWidgetProps } from './control-widget-props';

/** A `number` control: a number within the control's bounds, whole when `isInteger`; empty is null. */
export function NumberControlView({ control, value, onChange }: ControlWidgetProps<NumberControl>) {
  return (
    <InputNumber
      aria-label={control.label}
      value={numberValue(value) ?? null}
      min={control.min}
      max={control.max}
      step={control.step ?? 1}
      precision={control.isInteger ? 0 : undefined}
      onChange={(next) => onChange(next ?? null)}
      style={{ width: '100%' }}
    />
  );
}
