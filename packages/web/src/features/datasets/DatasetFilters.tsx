import { Select } from 'antd';
import { ListFiltersBar } from '../../components/ListFiltersBar';
import { RelatedSelect } from '../../components/RelatedSelect';
import { datasetChoiceSource } from './dataset-choice-source';
import type { DatasetKindFilter, DatasetListState } from './dataset-list-state';

/** The filters the page applies: everything but the name search, which is debounced. */
export type DatasetFilterChange = Partial<
  Pick<DatasetListState, 'databaseId' | 'schema' | 'kind' | 'ownerId'>
>;

const KIND_OPTIONS: { value: DatasetKindFilter; label: string }[] = [
  { value: 'physical', label: 'Physical' },
  { value: 'virtual', label: 'Virtual' },
];

/** Superset's dataset list filters: name, database, schema, type and owner. */
export function DatasetFilters({
  searchText,
  state,
  hasFilters,
  onSearchTextChange,
  onChange,
  onClear,
}: {
  searchText: string;
  state: DatasetListState;
  hasFilters: boolean;
  onSearchTextChange: (text: string) => void;
  onChange: (change: DatasetFilterChange) => void;
  onClear: () => void;
}) {
  return (
    <ListFiltersBar
      label="Filter datasets"
      searchLabel="Search by name"
      searchPlaceholder="Search by name"
      searchText={searchText}
      hasFilters={hasFilters}
      onSearchTextChange={onSearchTextChange}
      onClear={onClear}
    >
      <RelatedSelect<number>
        {...datasetChoiceSource('database')}
        label="Database"
        placeholder="Database"
        value={state.databaseId}
        onChange={(databaseId) => onChange({ databaseId })}
      />
      <RelatedSelect<string>
        {...datasetChoiceSource('schema')}
        label="Schema"
        placeholder="Schema"
        value={state.schema}
        onChange={(schema) => onChange({ schema })}
      />
      <Select<DatasetKindFilter>
        aria-label="Type"
        placeholder="Type"
        allowClear
        value={state.kind ?? undefined}
        options={KIND_OPTIONS}
        onChange={(kind) => onChange({ kind: kind ?? null })}
        style={{ minWidth: 130 }}
      />
      <RelatedSelect<number>
        {...datasetChoiceSource('owners')}
        label="Owner"
        placeholder="Owner"
        value={state.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
      />
    </ListFiltersBar>
  );
}
