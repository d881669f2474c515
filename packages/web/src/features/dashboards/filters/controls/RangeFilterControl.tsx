import { InputNumber, Space } from 'antd';
import { rangeFilterMask, type RangeValue } from '../filter-data-mask';
import type { FilterControlProps } from './filter-control-props';

function rangeOf(value: unknown): RangeValue {
  if (!Array.isArray(value)) return [null, null];
  const side = (item: unknown) => (typeof item === 'number' ? item : null);
  return [side(value[0]), side(value[1])];
}

/** A numeric range filter: charts keep the rows from the minimum to the maximum (either open). */
export function RangeFilterControl({ filter, mask, onChange, inputId, label }: FilterControlProps) {
  const [min, max] = rangeOf(mask?.filterState?.value);
  const isInverted = min !== null && max !== null && min > max;
  return (
    <Space.Compact block role="group" aria-label={label}>
      <InputNumber<number>
        id={inputId}
        aria-label={`${label} minimum`}
        placeholder="Min"
        value={min}
        status={isInverted ? 'error' : undefined}
        onChange={(next) => onChange(rangeFilterMask(filter, [next ?? null, max]))}
        style={{ width: '50%' }}
      />
      <InputNumber<number>
        aria-label={`${label} maximum`}
        placeholder="Max"
        value={max}
        status={isInverted ? 'error' : undefined}
        onChange={(next) => onChange(rangeFilterMask(filter, [min, next ?? null]))}
        style={{ width: '50%' }}
      />
    </Space.Compact>
  );
}
