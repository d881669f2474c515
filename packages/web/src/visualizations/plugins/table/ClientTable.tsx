import { Input } from 'antd';
import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { nextSort, type SortState } from './sort-rows';
import styles from './TableChart.module.css';
import { tableCrossFilter } from './table-cross-filter';
import { MIN_GRID_HEIGHT, TableGrid, TOOLBAR_HEIGHT } from './TableGrid';
import { PAGER_HEIGHT, TablePager } from './TablePager';
import type { TableProps } from './types';
import { useClientRows } from './useClientRows';
import { useColumnOrder } from './useColumnOrder';

/**
 * A table whose rows all arrived with the chart: search, sort and pages happen in the browser.
 * Typing stays responsive on large tables because the filtering follows the input deferred.
 */
export function ClientTable({ width, height, props, interaction }: ChartViewProps<TableProps>) {
  const crossFilter = useMemo(() => tableCrossFilter(interaction), [interaction]);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<SortState>();
  const [page, setPage] = useState(1);
  const [chosenPageSize, setChosenPageSize] = useState<number>();
  const [columns, moveColumn] = useColumnOrder(props.columns);
  const rows = useClientRows(props.rows, props.columns, deferredSearch, sort);

  const pageSize = chosenPageSize ?? props.pageLength;
  const isPaged = pageSize > 0;
  const lastPage = isPaged ? Math.max(1, Math.ceil(rows.length / pageSize)) : 1;
  const currentPage = Math.min(page, lastPage);
  const firstRowIndex = isPaged ? (currentPage - 1) * pageSize : 0;
  const pageRows = isPaged ? rows.slice(firstRowIndex, firstRowIndex + pageSize) : rows;
  const gridHeight =
    height - (props.includeSearch ? TOOLBAR_HEIGHT : 0) - (isPaged ? PAGER_HEIGHT : 0);

  const handleSearch = (event: ChangeEvent<HTMLInputElement>) => {
    setSearch(event.target.value);
    setPage(1);
  };
  const handleSort = (key: string) => {
    setSort((current) => nextSort(current, key));
    setPage(1);
  };
  const handlePage = (nextPage: number, nextPageSize: number) => {
    setPage(nextPageSize === pageSize ? nextPage : 1);
    setChosenPageSize(nextPageSize);
  };

  return (
    <div className={styles.container} style={{ width, height }}>
      {props.includeSearch ? (
        <div className={styles.toolbar} style={{ height: TOOLBAR_HEIGHT }}>
          <Input.Search
            className={styles.search}
            aria-label="Search"
            placeholder={`${props.rows.length} records...`}
            allowClear
            value={search}
            onChange={handleSearch}
          />
        </div>
      ) : null}
      <TableGrid
        columns={columns}
        rows={pageRows}
        firstRowIndex={firstRowIndex}
        totalRowCount={rows.length}
        totals={props.totals}
        colorRules={props.colorRules}
        sort={sort}
        onSort={handleSort}
        isSortable={() => true}
        onMoveColumn={props.allowRearrangeColumns ? moveColumn : undefined}
        width={width}
        height={Math.max(MIN_GRID_HEIGHT, gridHeight)}
        emptyText="No matching records found"
        crossFilter={crossFilter}
      />
      {isPaged ? (
        <TablePager
          page={currentPage}
          pageSize={pageSize}
          total={rows.length}
          onChange={handlePage}
        />
      ) : null}
    </div>
  );
}
