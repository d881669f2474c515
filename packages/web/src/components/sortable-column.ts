import type { SortOrder } from 'antd/es/table/interface';
import type { TablePageState } from './table-change';

/**
 * The props that make a list table's column sortable on the server by `column`: its key (which
 * `nextTablePage` reads back), and the arrow showing whether the list is now sorted by it.
 */
export function sortableColumn<Column extends string>(
  sort: TablePageState<Column>['sort'],
  column: Column,
): { key: Column; sorter: true; sortOrder: SortOrder } {
  const sortOrder: SortOrder =
    sort.column === column ? (sort.direction === 'asc' ? 'ascend' : 'descend') : null;
  return { key: column, sorter: true, sortOrder };
}
