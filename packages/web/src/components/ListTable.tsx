import { Table, type CheckboxProps, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { nextTablePage, type TablePageState } from './table-change';

/** The page sizes every list page offers. */
const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

/**
 * A list page's table of rows with a numeric `id`: server-side sorting and paging, and, when
 * `selectedIds` is not null, checkboxes (named after each row) to select rows for bulk actions.
 */
export function ListTable<Row extends { id: number }, Column extends string>({
  rows,
  columns,
  total,
  isLoading,
  state,
  defaultSort,
  noun,
  nameOf,
  selectedIds,
  emptyText,
  onSelect,
  onTableChange,
}: {
  rows: readonly Row[];
  columns: NonNullable<TableProps<Row>['columns']>;
  total: number;
  isLoading: boolean;
  state: TablePageState<Column>;
  /** The order when the user clears the sort. */
  defaultSort: TablePageState<Column>['sort'];
  /** What the rows are, plural, for the "1-25 of 40 charts" total. */
  noun: string;
  /** A row's name, for its checkbox's accessible name. */
  nameOf: (row: Row) => string;
  /** Null when rows cannot be selected (the user may not delete). */
  selectedIds: readonly number[] | null;
  emptyText: ReactNode;
  onSelect: (ids: number[]) => void;
  onTableChange: (change: TablePageState<Column>) => void;
}) {
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      dataSource={[...rows]}
      columns={columns}
      loading={isLoading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      rowSelection={
        selectedIds === null
          ? undefined
          : {
              selectedRowKeys: [...selectedIds],
              onChange: (keys) => onSelect(keys.map(Number)),
              // antd passes extra props on to the checkbox input; its typing leaves aria-* out.
              getCheckboxProps: (row) =>
                ({ 'aria-label': `Select ${nameOf(row)}` }) as CheckboxProps,
            }
      }
      pagination={{
        current: state.page + 1,
        pageSize: state.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        showTotal: (count, [from, to]) => `${from}-${to} of ${count} ${noun}`,
      }}
      onChange={(pagination, _filters, sorter) =>
        onTableChange(nextTablePage(state, pagination, sorter, defaultSort))
      }
    />
  );
}
