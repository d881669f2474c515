import type { DatabaseListRequest } from '../../api/databases';

/** The sortable columns of the databases table. */
export type DatabaseSortColumn =
  'database_name' | 'changed_on' | 'allow_run_async' | 'allow_dml' | 'expose_in_sqllab';

/** What the databases page shows: the name search, sort and page. */
export interface DatabaseListState {
  search: string;
  sort: { column: DatabaseSortColumn; direction: 'asc' | 'desc' };
  page: number;
  pageSize: number;
}

/** The page as it opens: every database, most recently changed first, 25 a page. */
export const INITIAL_DATABASE_LIST_STATE: DatabaseListState = {
  search: '',
  sort: { column: 'changed_on', direction: 'desc' },
  page: 0,
  pageSize: 25,
};

/** The databases API's list query for the page's state. */
export function toDatabaseListRequest(state: DatabaseListState): DatabaseListRequest {
  const search = state.search.trim();
  return {
    filters: search ? [{ col: 'database_name', opr: 'ct', value: search }] : [],
    order_column: state.sort.column,
    order_direction: state.sort.direction,
    page: state.page,
    page_size: state.pageSize,
  };
}
