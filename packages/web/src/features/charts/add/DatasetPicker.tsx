import type { DatasetListItem } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { fetchDatasets } from '../../../api/datasets';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

/** The dataset a new chart is built on, as the page keeps it. */
export interface PickedDataset {
  id: number;
  name: string;
}

function whereText(dataset: DatasetListItem): string {
  return [dataset.database.database_name, dataset.schema].filter(Boolean).join(' · ');
}

/**
 * Superset's "Choose a dataset": the datasets the user can read whose name contains what they
 * type, by name, each with its database and schema.
 */
export function DatasetPicker({
  value,
  onChange,
}: {
  value: PickedDataset | null;
  onChange: (dataset: PickedDataset | null) => void;
}) {
  const [search, setSearch] = useState('');
  const filter = useDebouncedValue(search.trim(), 250);
  const datasets = useQuery({
    queryKey: ['charts', 'add', 'datasets', filter],
    queryFn: () =>
      fetchDatasets({
        filters: filter ? [{ col: 'table_name', opr: 'ct', value: filter }] : [],
        order_column: 'table_name',
        order_direction: 'asc',
        page: 0,
        page_size: 100,
      }),
    staleTime: 30_000,
  });
  const found = datasets.data?.result ?? [];
  const options = found.map((dataset) => ({
    value: dataset.id,
    label: dataset.table_name,
    where: whereText(dataset),
  }));

  return (
    <Select<number, (typeof options)[number]>
      aria-label="Dataset"
      placeholder="Choose a dataset"
      showSearch
      allowClear
      autoFocus
      filterOption={false}
      value={value?.id}
      // Keeps the picked name on screen while a later search lists other datasets.
      labelRender={(picked) => value?.name ?? picked.label}
      options={options}
      optionRender={(option) => (
        <span>
          {option.data.label}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.where}
          </Typography.Text>
        </span>
      )}
      onSearch={setSearch}
      onChange={(id, option) => {
        const picked = Array.isArray(option) ? option[0] : option;
        onChange(id === undefined || !picked ? null : { id, name: picked.label });
      }}
      notFoundContent={
        datasets.isFetching ? (
          <Spin size="small" />
        ) : datasets.isError ? (
          'The datasets could not be loaded'
        ) : (
          'No dataset matches'
        )
      }
      style={{ width: 360 }}
    />
  );
}
