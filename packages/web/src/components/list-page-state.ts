import type { TablePageState } from './table-change';

/** What every list page's state holds besides its own filters: the search, sort and page. */
export interface ListPageStateBase<Column extends string> extends TablePageState<Column> {
  search: string;
}

/** The paging, sorting and filters a list API (`?q=` in rison) takes. */
export interface ListPageRequest<Column extends string, Filter> {
  filters: Filter[];
  order_column: Column;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

/** A list API's request for a page's paging and sorting and the filters it built. */
export function toListPageRequest<Column extends string, Filter>(
  state: TablePageState<Column>,
  filters: Filter[],
): ListPageRequest<Column, Filter> {
  return {
    filters,
    order_column: state.sort.column,
    order_direction: state.sort.direction,
    page: state.page,
    page_size: state.pageSize,
  };
}
