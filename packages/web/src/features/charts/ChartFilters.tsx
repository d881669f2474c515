import { Select } from 'antd';
import { ListFiltersBar } from '../../components/ListFiltersBar';
import { RelatedSelect } from '../../components/RelatedSelect';
import { chartDashboardSource, chartDatasetSource, chartOwnerSource } from './chart-choice-sources';
import type { ChartListState } from './chart-list-state';
import { vizTypeOptions } from './viz-type-names';

/** The filters the page applies: everything but the text search, which is debounced. */
export type ChartFilterChange = Partial<
  Pick<
    ChartListState,
    'ownerId' | 'vizType' | 'datasetId' | 'dashboardId' | 'isFavorite' | 'isCertified'
  >
>;

type YesNo = 'yes' | 'no';

const YES_NO_OPTIONS: { value: YesNo; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const toYesNo = (value: boolean | null): YesNo | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';

const fromYesNo = (value: YesNo | undefined): boolean | null =>
  value === undefined ? null : value === 'yes';

function YesNoSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <Select<YesNo>
      aria-label={label}
      placeholder={label}
      allowClear
      value={toYesNo(value)}
      options={YES_NO_OPTIONS}
      // "Yes" alone would not say which question it answers.
      labelRender={(picked) => `${label}: ${picked.value === 'yes' ? 'Yes' : 'No'}`}
      onChange={(next) => onChange(fromYesNo(next))}
      style={{ minWidth: 120 }}
    />
  );
}

/**
 * Superset's chart list filters: text (name, description, type or dataset), owner, type,
 * dataset, dashboard, favourite and certified.
 */
export function ChartFilters({
  searchText,
  state,
  hasFilters,
  onSearchTextChange,
  onChange,
  onClear,
}: {
  searchText: string;
  state: ChartListState;
  hasFilters: boolean;
  onSearchTextChange: (text: string) => void;
  onChange: (change: ChartFilterChange) => void;
  onClear: () => void;
}) {
  return (
    <ListFiltersBar
      label="Filter charts"
      searchLabel="Search charts"
      searchPlaceholder="Name, type or dataset"
      searchText={searchText}
      hasFilters={hasFilters}
      onSearchTextChange={onSearchTextChange}
      onClear={onClear}
    >
      <RelatedSelect<number>
        {...chartOwnerSource}
        label="Owner"
        placeholder="Owner"
        value={state.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
      />
      <Select<string>
        aria-label="Type"
        placeholder="Type"
        allowClear
        showSearch
        optionFilterProp="label"
        value={state.vizType ?? undefined}
        options={vizTypeOptions()}
        onChange={(vizType) => onChange({ vizType: vizType ?? null })}
        popupMatchSelectWidth={240}
        style={{ minWidth: 170 }}
      />
      <RelatedSelect<number>
        {...chartDatasetSource}
        label="Dataset"
        placeholder="Dataset"
        value={state.datasetId}
        notFoundText="No dataset matches"
        onChange={(datasetId) => onChange({ datasetId })}
      />
      <RelatedSelect<number>
        {...chartDashboardSource}
        label="Dashboard"
        placeholder="Dashboard"
        value={state.dashboardId}
        notFoundText="No dashboard matches"
        onChange={(dashboardId) => onChange({ dashboardId })}
      />
      <YesNoSelect
        label="Favorite"
        value={state.isFavorite}
        onChange={(isFavorite) => onChange({ isFavorite })}
      />
      <YesNoSelect
        label="Certified"
        value={state.isCertified}
        onChange={(isCertified) => onChange({ isCertified })}
      />
    </ListFiltersBar>
  );
}
