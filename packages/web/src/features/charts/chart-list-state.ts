import { toListPageRequest, type ListPageStateBase } from '../../components/list-page-state';
import type { ChartListRequest } from '../../api/charts';

/** The sortable columns of the charts table. */
export type ChartSortColumn =
  'slice_name' | 'viz_type' | 'changed_by.first_name' | 'changed_on_delta_humanized';

/** What the charts page shows: its filters, sort and page. */
export interface ChartListState extends ListPageStateBase<ChartSortColumn> {
  ownerId: number | null;
  vizType: string | null;
  datasetId: number | null;
  /** Charts on this dashboard. */
  dashboardId: number | null;
  /** Yes / no / either, for the user's favourites and for certified charts. */
  isFavorite: boolean | null;
  isCertified: boolean | null;
}

/** The default order, as Superset's list opens: most recently modified first. */
export const DEFAULT_CHART_SORT: ChartListState['sort'] = {
  column: 'changed_on_delta_humanized',
  direction: 'desc',
};

/** The page as it opens: every chart, most recently changed first, 25 a page. */
export const INITIAL_CHART_LIST_STATE: ChartListState = {
  search: '',
  ownerId: null,
  vizType: null,
  datasetId: null,
  dashboardId: null,
  isFavorite: null,
  isCertified: null,
  sort: DEFAULT_CHART_SORT,
  page: 0,
  pageSize: 25,
};

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasChartFilters(state: ChartListState): boolean {
  return (
    state.search.trim() !== '' ||
    state.ownerId !== null ||
    state.vizType !== null ||
    state.datasetId !== null ||
    state.dashboardId !== null ||
    state.isFavorite !== null ||
    state.isCertified !== null
  );
}

/** The charts API's list query for the page's state, with Superset's filter operators. */
export function toChartListRequest(state: ChartListState): ChartListRequest {
  const filters: ChartListRequest['filters'] = [];
  const search = state.search.trim();
  // Superset's search box matches the name, description, viz type and dataset name.
  if (search) filters.push({ col: 'slice_name', opr: 'chart_all_text', value: search });
  if (state.ownerId !== null) filters.push({ col: 'owners', opr: 'rel_m_m', value: state.ownerId });
  if (state.vizType !== null) filters.push({ col: 'viz_type', opr: 'eq', value: state.vizType });
  if (state.datasetId !== null) {
    filters.push({ col: 'datasource_id', opr: 'eq', value: state.datasetId });
  }
  if (state.dashboardId !== null) {
    filters.push({ col: 'dashboards', opr: 'rel_m_m', value: state.dashboardId });
  }
  if (state.isFavorite !== null) {
    filters.push({ col: 'id', opr: 'chart_is_favorite', value: state.isFavorite });
  }
  if (state.isCertified !== null) {
    filters.push({ col: 'id', opr: 'chart_is_certified', value: state.isCertified });
  }
  return toListPageRequest(state, filters);
}
