import type { ListPageRequest } from '../../api/sqllab';

/** What a SQL Lab list page shows: page, sort and the search text. */
export interface ListPageState {
  page: number;
  pageSize: number;
  sort: { column: string; direction: 'asc' | 'desc' };
  search: string;
}

/** A first page sorted by `column`, newest first. */
export function initialListState(column: string): ListPageState {
  return { page: 0, pageSize: 25, sort: { column, direction: 'desc' }, search: '' };
}

/** The API request of a list page, searching `searchColumn` with `searchOperator`. */
export function toListRequest(
  state: ListPageState,
  searchColumn: string,
  searchOperator: string,
  extraFilters: ListPageRequest['filters'] = [],
): ListPageRequest {
  const search = state.search.trim();
  return {
    page: state.page,
    page_size: state.pageSize,
    order_column: state.sort.column,
    order_direction: state.sort.direction,
    filters: [
      ...(search ? [{ col: searchColumn, opr: searchOperator, value: search }] : []),
      ...extraFilters,
    ],
  };
}
