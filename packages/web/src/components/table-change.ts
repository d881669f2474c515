import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';

/** A list page's server-side paging and sorting. */
export interface TablePageState<Column extends string> {
  sort: { column: Column; direction: 'asc' | 'desc' };
  pageSize: number;
  /** Zero-based, as the list APIs count pages. */
  page: number;
}

/**
 * The paging and sorting after an antd Table change. Clearing the sort falls back to the
 * page's default order; a new order or page size starts again at the first page.
 */
export function nextTablePage<Column extends string, Row>(
  state: TablePageState<Column>,
  pagination: TablePaginationConfig,
  sorter: SorterResult<Row> | SorterResult<Row>[],
  fallback: TablePageState<Column>['sort'],
): TablePageState<Column> {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const column = single?.order ? (String(single.columnKey) as Column) : fallback.column;
  const direction = single?.order
    ? single.order === 'ascend'
      ? 'asc'
      : 'desc'
    : fallback.direction;
  const pageSize = pagination.pageSize ?? state.pageSize;
  const isReset =
    column !== state.sort.column ||
    direction !== state.sort.direction ||
    pageSize !== state.pageSize;
  return {
    sort: { column, direction },
    pageSize,
    page: isReset ? 0 : (pagination.current ?? 1) - 1,
  };
}
