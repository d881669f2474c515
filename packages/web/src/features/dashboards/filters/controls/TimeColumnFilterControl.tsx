import { Select, Typography } from 'antd';
import { columnLabel } from '../../../explore/explore-dataset';
import { timeColumnMask } from '../filter-data-mask';
import { filterTarget } from '../native-filter-items';
import { useFilterDataset } from '../useFilterDataset';
import type { FilterControlProps } from './filter-control-props';

/** A time column filter: the temporal column of the dataset the charts' time ranges apply to. */
export function TimeColumnFilterControl({
  filter,
  mask,
  onChange,
  inputId,
  label,
}: FilterControlProps) {
  const dataset = useFilterDataset(filterTarget(filter).datasetId);
  const columns = (dataset.data?.columns ?? []).filter((column) => column.is_dttm);
  const value = mask?.filterState?.value;
  const current = Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  return (
    <>
      <Select<string>
        id={inputId}
        aria-label={label}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="Select a time column"
        loading={dataset.isLoading}
        status={dataset.isError ? 'error' : undefined}
        value={current}
        options={columns.map((column) => ({
          value: column.column_name,
          label: columnLabel(column),
        }))}
        notFoundContent="The dataset has no temporal column"
        onChange={(column: string | undefined) => onChange(timeColumnMask(column ?? null))}
        style={{ width: '100%' }}
      />
      {dataset.isError ? (
        <Typography.Text type="danger" role="alert">
          {`Could not load the columns: ${dataset.error.message}`}
        </Typography.Text>
      ) : null}
    </>
  );
}
