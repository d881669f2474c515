import { Select, Typography } from 'antd';
import { timeGrainMask } from '../filter-data-mask';
import { filterTarget } from '../native-filter-items';
import { useFilterDataset } from '../useFilterDataset';
import type { FilterControlProps } from './filter-control-props';

/** A time grain filter: one of the grains the dataset's database supports. */
export function TimeGrainFilterControl({
  filter,
  mask,
  onChange,
  inputId,
  label,
}: FilterControlProps) {
  const dataset = useFilterDataset(filterTarget(filter).datasetId);
  const grains = dataset.data?.time_grain_sqla ?? [];
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
        placeholder="Select a time grain"
        loading={dataset.isLoading}
        status={dataset.isError ? 'error' : undefined}
        value={current}
        options={grains.map(([grain, label]) => ({ value: grain, label }))}
        notFoundContent="The database lists no time grains"
        onChange={(grain: string | undefined) =>
          onChange(
            timeGrainMask(grain ?? null, grains.find(([candidate]) => candidate === grain)?.[1]),
          )
        }
        style={{ width: '100%' }}
      />
      {dataset.isError ? (
        <Typography.Text type="danger" role="alert">
          {`Could not load the time grains: ${dataset.error.message}`}
        </Typography.Text>
      ) : null}
    </>
  );
}
