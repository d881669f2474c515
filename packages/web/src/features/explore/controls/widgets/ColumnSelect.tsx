import { Select } from 'antd';
import type { ExploreColumn } from '../../explore-dataset';
import { columnOption, matchesSearch } from './column-options';

/**
 * A searchable select of dataset columns, each shown with its type icon and found by either
 * of its names.
 *
 * @param label the select's accessible name
 */
export function ColumnSelect({
  label,
  columns,
  value,
  onChange,
}: {
  label: string;
  columns: readonly ExploreColumn[];
  value: string | undefined;
  onChange: (columnName: string) => void;
}) {
  return (
    <Select
      aria-label={label}
      showSearch
      placeholder="Select a column"
      value={value}
      filterOption={matchesSearch}
      options={columns.map(columnOption)}
      onChange={onChange}
    />
  );
}
