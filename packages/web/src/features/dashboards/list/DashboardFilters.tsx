import { Select } from 'antd';
import { ListFiltersBar } from '../../../components/ListFiltersBar';
import { RelatedSelect } from '../../../components/RelatedSelect';
import { dashboardOwnerSource } from './dashboard-choice-sources';
import type { DashboardListState } from './dashboard-list-state';

/** The filters the page applies: everything but the text search, which is debounced. */
export type DashboardFilterChange = Partial<
  Pick<DashboardListState, 'ownerId' | 'isPublished' | 'isCertified' | 'isFavorite'>
>;

type Choice = 'yes' | 'no';

const toChoice = (value: boolean | null): Choice | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';

const fromChoice = (value: Choice | undefined): boolean | null =>
  value === undefined ? null : value === 'yes';

/** A filter with two answers (and "either" when cleared), labelled with its question. */
function TwoWaySelect({
  label,
  yesLabel,
  noLabel,
  value,
  onChange,
}: {
  label: string;
  yesLabel: string;
  noLabel: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <Select<Choice>
      aria-label={label}
      placeholder={label}
      allowClear
      value={toChoice(value)}
      options={[
        { value: 'yes', label: yesLabel },
        { value: 'no', label: noLabel },
      ]}
      // "Yes" alone would not say which question it answers.
      labelRender={(picked) => `${label}: ${picked.value === 'yes' ? yesLabel : noLabel}`}
      onChange={(next) => onChange(fromChoice(next))}
      style={{ minWidth: 120 }}
    />
  );
}

/**
 * Superset's dashboard list filters: text (title or slug), owner, status (published or draft),
 * favourite and certified.
 */
export function DashboardFilters({
  searchText,
  state,
  hasFilters,
  onSearchTextChange,
  onChange,
  onClear,
}: {
  searchText: string;
  state: DashboardListState;
  hasFilters: boolean;
  onSearchTextChange: (text: string) => void;
  onChange: (change: DashboardFilterChange) => void;
  onClear: () => void;
}) {
  return (
    <ListFiltersBar
      label="Filter dashboards"
      searchLabel="Search dashboards"
      searchPlaceholder="Title or slug"
      searchText={searchText}
      hasFilters={hasFilters}
      onSearchTextChange={onSearchTextChange}
      onClear={onClear}
    >
      <RelatedSelect<number>
        {...dashboardOwnerSource}
        label="Owner"
        placeholder="Owner"
        value={state.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
      />
      <TwoWaySelect
        label="Status"
        yesLabel="Published"
        noLabel="Draft"
        value={state.isPublished}
        onChange={(isPublished) => onChange({ isPublished })}
      />
      <TwoWaySelect
        label="Favorite"
        yesLabel="Yes"
        noLabel="No"
        value={state.isFavorite}
        onChange={(isFavorite) => onChange({ isFavorite })}
      />
      <TwoWaySelect
        label="Certified"
        yesLabel="Yes"
        noLabel="No"
        value={state.isCertified}
        onChange={(isCertified) => onChange({ isCertified })}
      />
    </ListFiltersBar>
  );
}
