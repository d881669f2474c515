import { Select, Typography } from 'antd';
import { selectFilterMask } from '../filter-data-mask';
import { filterTarget } from '../native-filter-items';
import { useFilterValues } from '../useFilterValues';
import type { FilterControlProps } from './filter-control-props';
import {
  decodeFilterValue,
  encodeFilterValue,
  filterValueOptions,
  selectedFilterValues,
} from './select-options';

/**
 * A value filter: picks values of the filter's column (searchable, one or several); with
 * inverse selection the charts keep the rows NOT IN the chosen values.
 */
export function SelectFilterControl({
  filter,
  mask,
  onChange,
  parentFilters,
  inputId,
  label,
}: FilterControlProps) {
  const { datasetId, column } = filterTarget(filter);
  const values = useFilterValues(datasetId, column, parentFilters);
  const isMulti = filter.controlValues?.multiSelect !== false;
  const isInverse = filter.controlValues?.inverseSelection === true;
  const selected = selectedFilterValues(mask?.filterState?.value);
  const options = filterValueOptions(
    values.data ?? [],
    selected,
    filter.controlValues?.sortAscending !== false,
  );
  const keys = selected.map(encodeFilterValue);

  function handleChange(next: string | string[] | undefined) {
    const chosen = next === undefined ? [] : Array.isArray(next) ? next : [next];
    onChange(selectFilterMask(filter, chosen.map(decodeFilterValue)));
  }

  return (
    <>
      <Select<string | string[]>
        id={inputId}
        aria-label={label}
        aria-required={filter.controlValues?.enableEmptyFilter === true}
        {...(isMulti ? { mode: 'multiple' as const } : {})}
        showSearch
        allowClear
        optionFilterProp="label"
        placeholder={isInverse ? 'Exclude values' : 'Select values'}
        loading={values.isLoading}
        status={values.isError ? 'error' : undefined}
        value={isMulti ? keys : keys[0]}
        options={options}
        notFoundContent={values.isLoading ? 'Loading values…' : 'No values'}
        onChange={handleChange}
        style={{ width: '100%' }}
      />
      {isInverse ? (
        <Typography.Text type="secondary">Charts leave out the chosen values.</Typography.Text>
      ) : null}
      {values.isError ? (
        <Typography.Text type="danger" role="alert">
          {`Could not load the values: ${values.error.message}`}
        </Typography.Text>
      ) : null}
    </>
  );
}
