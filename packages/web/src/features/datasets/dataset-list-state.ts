import { toListPageRequest, type ListPageStateBase } from '../../components/list-page-state';
import type { DatasetListRequest } from '../../api/datasets';

/** The sortable columns of the datasets table. */
export type DatasetSortColumn =
  'table_name' | 'schema' | 'database.database_name' | 'changed_on_delta_humanized';

/** A dataset's kind as the Type filter offers it. */
export type DatasetKindFilter = 'physical' | 'virtual';

/** What the datasets page shows: its filters, sort and page. */
export interface DatasetListState extends ListPageStateBase<DatasetSortColumn> {
  databaseId: number | null;
  schema: string | null;
  kind: DatasetKindFilter | null;
  ownerId: number | null;
}

/** The default order, as Superset's list opens: most recently modified first. */
export const DEFAULT_DATASET_SORT: DatasetListState['sort'] = {
  column: 'changed_on_delta_humanized',
  direction: 'desc',
};

/** The page as it opens: every dataset, most recently changed first, 25 a page. */
export const INITIAL_DATASET_LIST_STATE: DatasetListState = {
  search: '',
  databaseId: null,
  schema: null,
  kind: null,
  ownerId: null,
  sort: DEFAULT_DATASET_SORT,
  page: 0,
  pageSize: 25,
};

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasDatasetFilters(state: DatasetListState): boolean {
  return (
    state.search.trim() !== '' ||
    state.databaseId !== null ||
    state.schema !== null ||
    state.kind !== null ||
    state.ownerId !== null
  );
}

/** The datasets API's list query for the page's state, with Superset's filter operators. */
export function toDatasetListRequest(state: DatasetListState): DatasetListRequest {
  const filters: DatasetListRequest['filters'] = [];
  const search = state.search.trim();
  if (search) filters.push({ col: 'table_name', opr: 'ct', value: search });
  if (state.databaseId !== null) {
    filters.push({ col: 'database', opr: 'rel_o_m', value: state.databaseId });
  }
  if (state.schema !== null) filters.push({ col: 'schema', opr: 'eq', value: state.schema });
  if (state.kind !== null) {
    // Superset's "Type" filter: an empty `sql` makes a dataset physical.
    filters.push({ col: 'sql', opr: 'dataset_is_null_or_empty', value: state.kind === 'physical' });
  }
  if (state.ownerId !== null) {
    filters.push({ col: 'owners', opr: 'rel_m_m', value: state.ownerId });
  }
  return toListPageRequest(state, filters);
}
