import { Select } from 'antd';
import { useState } from 'react';
import type { SelectOption } from '../../../../visualizations';
import { hasNumericOptions, toOptionValue, withValues, type OptionValue } from './select-values';

/**
 * A single-value select that also takes a typed value (Superset's `freeForm` selects: a row
 * limit of 1234, a d3 format of one's own); the typed text is offered as the first option.
 */
export function FreeFormSelect({
  label,
  value,
  options,
  onChange,
  isClearable = false,
  placeholder,
}: {
  label: string;
  value: unknown;
  options: readonly SelectOption[];
  onChange: (value: OptionValue | null) => void;
  isClearable?: boolean;
  placeholder?: string;
}) {
  const [search, setSearch] = useState('');
  const isNumeric = hasNumericOptions(options);
  const current = toOptionValue(value, isNumeric);
  const typed = toOptionValue(search.trim(), isNumeric);
  const shown = withValues(options, [
    ...(typed === undefined ? [] : [typed]),
    ...(current === undefined ? [] : [current]),
  ]);
  return (
    <Select
      aria-label={label}
      showSearch
      allowClear={isClearable}
      placeholder={placeholder ?? 'Select or type a value'}
      value={current}
      options={shown}
      searchValue={search}
      onSearch={setSearch}
      filterOption={(input, option) =>
        option?.value === typed ||
        String(option?.label ?? '')
          .toLowerCase()
          .includes(input.toLowerCase())
      }
      onChange={(next: OptionValue | undefined) => {
        setSearch('');
        onChange(next ?? null);
      }}
      style={{ width: '100%' }}
    />
  );
}
