import type { LogFilter, LogListQueryInput } from '@superset-ts/shared';

/** What the Action Log page filters by; empty values filter nothing. */
export interface ActionLogFilterValues {
  /** Part of the action name, ignoring case. */
  action: string;
  userId: number | null;
  /** Only entries after this moment. */
  from: Date | null;
  /** Only entries before this moment. */
  to: Date | null;
}

/** No filter at all. */
export const NO_FILTERS: ActionLogFilterValues = { action: '', userId: null, from: null, to: null };

/** The page of the table: zero-based, as the API counts. */
export interface ActionLogPaging {
  page: number;
  pageSize: number;
}

/** The list query for these filters and page, newest first. */
export function toLogListQuery(
  filters: ActionLogFilterValues,
  paging: ActionLogPaging,
): LogListQueryInput {
  const action = filters.action.trim();
  const conditions: LogFilter[] = [
    ...(action ? [{ col: 'action', opr: 'ct', value: action } as const] : []),
    ...(filters.userId !== null
      ? [{ col: 'user', opr: 'rel_o_m', value: filters.userId } as const]
      : []),
    ...(filters.from
      ? [{ col: 'dttm', opr: 'gt', value: filters.from.toISOString() } as const]
      : []),
    ...(filters.to ? [{ col: 'dttm', opr: 'lt', value: filters.to.toISOString() } as const] : []),
  ];
  return {
    filters: conditions,
    order_column: 'dttm',
    order_direction: 'desc',
    page: paging.page,
    page_size: paging.pageSize,
  };
}

/** Whether any filter is set. */
export function hasFilters(filters: ActionLogFilterValues): boolean {
  return (
    filters.action.trim() !== '' ||
    filters.userId !== null ||
    filters.from !== null ||
    filters.to !== null
  );
}
