import { AutoComplete, Select } from 'antd';
import type { ExploreColumn } from '../../../explore-dataset';
import type { ColumnValue } from '../../api/column-values-api';
import { columnTypeOf } from '../../column-type';
import { TimeRangePicker } from '../time-range/TimeRangePicker';
import { NO_TIME_FILTER } from './adhoc-filter';
import { comparatorKindOf } from './filter-operators';
import { useColumnValues } from './useColumnValues';

/** A typed value as the column holds it: a number for a numeric column when it reads as one. */
function typedValue(text: unknown, column: ExploreColumn | undefined): unknown {
  if (typeof text !== 'string' || !column || columnTypeOf(column) !== 'numeric') return text;
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** A single comparator as the text box shows it. */
function singleValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

const valueKey = (value: ColumnValue) => (value === null ? 'NULL' : String(value));

/**
 * The value of a simple filter, as its operator takes it: several values picked from the
 * column's distinct values or typed (IN, NOT IN), one value (=, <, LIKE...), a time range
 * (TEMPORAL_RANGE), or nothing (IS NULL...).
 */
export function ComparatorField({
  datasetId,
  column,
  operator,
  value,
  onChange,
}: {
  datasetId: number | undefined;
  column: ExploreColumn | undefined;
  operator: string;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const kind = comparatorKindOf(operator);
  const takesValues = kind === 'multiple' || kind === 'single';
  const values = useColumnValues(datasetId, column?.column_name, takesValues);
  const options = (values.data ?? []).map((choice) => ({
    value: valueKey(choice),
    label: valueKey(choice),
  }));
  const notFound = values.isError
    ? `Could not load the values: ${values.error.message}`
    : values.isLoading
      ? 'Loading values…'
      : 'No values';

  switch (kind) {
    case 'none':
      return null;
    case 'time-range':
      return (
        <TimeRangePicker
          label="Time range"
          value={typeof value === 'string' && value ? value : NO_TIME_FILTER}
          onChange={onChange}
        />
      );
    case 'multiple': {
      const selected = (Array.isArray(value) ? (value as unknown[]) : []).map((item) =>
        item === null ? 'NULL' : String(item as string | number | boolean),
      );
      return (
        <Select
          aria-label="Filter values"
          mode="tags"
          showSearch
          allowClear
          placeholder="Type or select values"
          loading={values.isLoading}
          value={selected}
          options={options}
          notFoundContent={notFound}
          tokenSeparators={[',']}
          onChange={(next: string[]) => onChange(next.map((item) => typedValue(item, column)))}
          style={{ width: '100%' }}
        />
      );
    }
    case 'single':
      return (
        <AutoComplete
          aria-label="Filter value"
          placeholder="Type a value"
          value={singleValueText(value)}
          options={options}
          notFoundContent={values.isError ? notFound : undefined}
          filterOption={(input, option) =>
            String(option?.value ?? '')
              .toLowerCase()
              .includes(input.toLowerCase())
          }
          onChange={(next: string) => onChange(typedValue(next, column))}
          style={{ width: '100%' }}
        />
      );
  }
}
