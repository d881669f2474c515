import type { UserListRequest } from '../../api/users';

/** The text field the search box looks in. */
export type UserSearchField = 'username' | 'first_name' | 'last_name' | 'email';

/** The sortable columns of the users table. */
export type UserSortColumn =
  'username' | 'first_name' | 'last_name' | 'email' | 'active' | 'last_login' | 'login_count';

/** What the List Users page shows: its filters, sort and page. */
export interface UserListState {
  search: string;
  searchField: UserSearchField;
  status: 'all' | 'active' | 'inactive';
  roleId: number | null;
  sort: { column: UserSortColumn; direction: 'asc' | 'desc' };
  page: number;
  pageSize: number;
}

/** The page as it opens: everyone, by username, 25 a page. */
export const INITIAL_USER_LIST_STATE: UserListState = {
  search: '',
  searchField: 'username',
  status: 'all',
  roleId: null,
  sort: { column: 'username', direction: 'asc' },
  page: 0,
  pageSize: 25,
};

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasUserFilters(state: UserListState): boolean {
  return state.search.trim() !== '' || state.status !== 'all' || state.roleId !== null;
}

/** The users API's list query (FAB filters, ANDed) for the page's state. */
export function toUserListRequest(state: UserListState): UserListRequest {
  const filters: UserListRequest['filters'] = [];
  const search = state.search.trim();
  if (search) filters.push({ col: state.searchField, opr: 'ct', value: search });
  if (state.status !== 'all') {
    filters.push({ col: 'active', opr: 'eq', value: state.status === 'active' });
  }
  if (state.roleId !== null) filters.push({ col: 'roles', opr: 'rel_m_m', value: state.roleId });
  return {
    filters,
    order_column: state.sort.column,
    order_direction: state.sort.direction,
    page: state.page,
    page_size: state.pageSize,
  };
}
