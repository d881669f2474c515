import { Select } from 'antd';
import { colorSchemeOptions } from '../../../components/color-scheme-options';

/**
 * The dashboard's colour scheme: the categorical schemes as Explore's colour scheme control
 * shows them (name and first colours); empty means each chart keeps its own. `value`,
 * `onChange` and `id` may come from a Form.Item.
 */
export function ColorSchemeSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const options = colorSchemeOptions(value || undefined);
  return (
    <Select<string>
      id={id}
      aria-label="Color scheme"
      showSearch
      allowClear
      placeholder="Each chart's own scheme"
      value={value || undefined}
      options={options}
      optionFilterProp="title"
      onChange={(next) => onChange?.(next ?? undefined)}
      style={{ width: '100%' }}
    />
  );
}
