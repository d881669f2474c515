import { Alert, Spin } from 'antd';
import { useMemo } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { ServerSearch } from './ServerSearch';
import { nextSort } from './sort-rows';
import styles from './TableChart.module.css';
import { tableCrossFilter } from './table-cross-filter';
import { MIN_GRID_HEIGHT, TableGrid, TOOLBAR_HEIGHT } from './TableGrid';
import { PAGER_HEIGHT, TablePager } from './TablePager';
import type { TableColumn } from './types';
import { useColumnOrder } from './useColumnOrder';
import { useServerPage, type ServerTableProps } from './useServerPage';

const ALERT_HEIGHT = 48;
const isServerSortable = (column: TableColumn) => column.isServerSortable;

/**
 * A table the server pages: the host ran the first page; moving to another page, sorting by a
 * column or searching asks the server again (through `loadPage`) for that page only, while the
 * rows shown stay in place under a spinner.
 */
export function ServerTable({
  width,
  height,
  props,
  interaction,
}: ChartViewProps<ServerTableProps>) {
  const crossFilter = useMemo(() => tableCrossFilter(interaction), [interaction]);
  const [{ request, page, isLoading, error }, load] = useServerPage(props);
  const [columns, moveColumn] = useColumnOrder(page.columns);
  const rowCount = page.serverPagination.rowCount;
  const gridHeight =
    height - (props.includeSearch ? TOOLBAR_HEIGHT : 0) - PAGER_HEIGHT - (error ? ALERT_HEIGHT : 0);

  const handleSort = (key: string) => {
    load({ ...request, currentPage: 0, sortBy: nextSort(request.sortBy, key) });
  };
  const handleSearch = (column: string, text: string) => {
    load({ ...request, currentPage: 0, search: text.trim() ? { column, text } : undefined });
  };
  const handlePage = (nextPage: number, pageSize: number) => {
    load({ ...request, currentPage: pageSize === request.pageSize ? nextPage - 1 : 0, pageSize });
  };

  return (
    <div className={styles.container} style={{ width, height }}>
      {props.includeSearch ? (
        <div className={styles.toolbar} style={{ height: TOOLBAR_HEIGHT }}>
          <ServerSearch
            columns={props.serverPagination.searchableColumns}
            onSearch={handleSearch}
          />
        </div>
      ) : null}
      {error ? (
        <Alert
          className={styles.alert}
          type="error"
          showIcon
          message={`Could not load the rows: ${error}`}
        />
      ) : null}
      <Spin spinning={isLoading} aria-label="Loading rows">
        <TableGrid
          columns={columns}
          rows={page.rows}
          firstRowIndex={
            page.serverPagination.request.currentPage * page.serverPagination.request.pageSize
          }
          totalRowCount={rowCount}
          totals={page.totals}
          colorRules={page.colorRules}
          sort={request.sortBy}
          onSort={handleSort}
          isSortable={isServerSortable}
          onMoveColumn={props.allowRearrangeColumns ? moveColumn : undefined}
          width={width}
          height={Math.max(MIN_GRID_HEIGHT, gridHeight)}
          emptyText="No matching records found"
          crossFilter={crossFilter}
        />
      </Spin>
      <TablePager
        page={request.currentPage + 1}
        pageSize={request.pageSize}
        total={rowCount}
        onChange={handlePage}
      />
    </div>
  );
}
