import { Select } from 'antd';
import type { SimpleControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';

/**
 * The `time_grain_sqla` control: one of the grains the dataset's database supports
 * (`[P1D, Day]`), or none.
 */
export function TimeGrainControl({
  control,
  value,
  onChange,
  dataset,
}: ControlWidgetProps<SimpleControl>) {
  const grains = dataset.time_grain_sqla ?? [];
  const options = grains.map(([grain, label]) => ({ value: grain, label }));
  const current = typeof value === 'string' && value ? value : undefined;
  if (current && !grains.some(([grain]) => grain === current)) {
    options.unshift({ value: current, label: current });
  }
  return (
    <Select
      aria-label={control.label}
      allowClear
      placeholder="None"
      value={current}
      options={options}
      notFoundContent="The database lists no time grains"
      onChange={(next: string | undefined) => onChange(next ?? null)}
      style={{ width: '100%' }}
    />
  );
}
