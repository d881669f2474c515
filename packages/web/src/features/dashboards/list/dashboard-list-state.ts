import type { DashboardListFilter, DashboardListRequest } from '../../../api/dashboards';
import { toListPageRequest, type ListPageStateBase } from '../../../components/list-page-state';

/** The sortable columns of the dashboards table. */
export type DashboardSortColumn =
  'dashboard_title' | 'published' | 'changed_by.first_name' | 'changed_on_delta_humanized';

/** What the dashboards page shows: its filters, sort and page. */
export interface DashboardListState extends ListPageStateBase<DashboardSortColumn> {
  ownerId: number | null;
  /** Published (true), draft (false) or either. */
  isPublished: boolean | null;
  /** Yes / no / either, for certified dashboards and the user's favourites. */
  isCertified: boolean | null;
  isFavorite: boolean | null;
}

/** The default order, as Superset's list opens: most recently modified first. */
export const DEFAULT_DASHBOARD_SORT: DashboardListState['sort'] = {
  column: 'changed_on_delta_humanized',
  direction: 'desc',
};

/** The page as it opens: every dashboard, most recently changed first, 25 a page. */
export const INITIAL_DASHBOARD_LIST_STATE: DashboardListState = {
  search: '',
  ownerId: null,
  isPublished: null,
  isCertified: null,
  isFavorite: null,
  sort: DEFAULT_DASHBOARD_SORT,
  page: 0,
  pageSize: 25,
};

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasDashboardFilters(state: DashboardListState): boolean {
  return (
    state.search.trim() !== '' ||
    state.ownerId !== null ||
    state.isPublished !== null ||
    state.isCertified !== null ||
    state.isFavorite !== null
  );
}

/** The dashboards API's list query for the page's state, with Superset's filter operators. */
export function toDashboardListRequest(state: DashboardListState): DashboardListRequest {
  const filters: DashboardListFilter[] = [];
  const search = state.search.trim();
  // Superset's search box matches the title or the slug.
  if (search) filters.push({ col: 'dashboard_title', opr: 'title_or_slug', value: search });
  if (state.ownerId !== null) filters.push({ col: 'owners', opr: 'rel_m_m', value: state.ownerId });
  if (state.isPublished !== null) {
    filters.push({ col: 'published', opr: 'eq', value: state.isPublished });
  }
  if (state.isCertified !== null) {
    filters.push({ col: 'id', opr: 'dashboard_is_certified', value: state.isCertified });
  }
  if (state.isFavorite !== null) {
    filters.push({ col: 'id', opr: 'dashboard_is_favorite', value: state.isFavorite });
  }
  return toListPageRequest(state, filters);
}
