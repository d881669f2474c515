import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty } from 'antd';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { computeColumnWidths } from './column-widths';
import type { CellColorRule } from './conditional-formatting';
import { observeViewport } from './observe-viewport';
import type { SortState } from './sort-rows';
import type { TableCrossFilter } from './table-cross-filter';
import { TableCell } from './TableCell';
import styles from './TableChart.module.css';
import { TableHeaderCell } from './TableHeaderCell';
import { TableTotalsRow } from './TableTotalsRow';
import type { TableColumn } from './types';

/** Row and header heights in pixels; fixed, so 100,000 rows need no measuring. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 38;
const OVERSCAN = 12;
/** The search bar's height in pixels, which the rows give up. */
export const TOOLBAR_HEIGHT = 40;
/** The rows keep at least this height on a very small chart. */
export const MIN_GRID_HEIGHT = 80;

export interface TableGridProps {
  /** The columns in display order. */
  columns: readonly TableColumn[];
  rows: readonly Record<string, unknown>[];
  /** The position of `rows[0]` in the whole result, for screen readers (0-based). */
  firstRowIndex: number;
  /** The number of rows of the whole result. */
  totalRowCount: number;
  totals?: Record<string, unknown>;
  colorRules: readonly CellColorRule[];
  sort: SortState | undefined;
  onSort: (key: string) => void;
  isSortable: (column: TableColumn) => boolean;
  /** Set when the reader may rearrange columns. */
  onMoveColumn?: (fromKey: string, toKey: string) => void;
  width: number;
  height: number;
  emptyText: string;
  /** Present when the table cross-filters a dashboard. */
  crossFilter?: TableCrossFilter | undefined;
}

/**
 * The table itself: a sticky header, only the rows in view rendered (virtualised with fixed
 * row heights), and a sticky totals row. Column widths are fixed from the data, as rows come
 * and go while scrolling.
 */
export function TableGrid(props: TableGridProps) {
  const { columns, rows, width, height } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const widths = useMemo(
    () => computeColumnWidths(columns, rows, width - 2),
    [columns, rows, width],
  );
  const tableWidth = widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    initialRect: { width, height },
    observeElementRect: observeViewport,
  });

  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [rows]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - HEADER_HEIGHT : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;
  const spacer = (size: number, key: string) =>
    size > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={columns.length} className={styles.spacer} style={{ height: size }} />
      </tr>
    ) : null;

  return (
    <div
      ref={scrollRef}
      className={styles.grid}
      style={{ width, height }}
      tabIndex={0}
      role="region"
      aria-label="Table rows"
    >
      <table
        className={styles.table}
        style={{ width: tableWidth }}
        aria-rowcount={props.totalRowCount + 1 + (props.totals ? 1 : 0)}
      >
        <colgroup>
          {widths.map((columnWidth, index) => (
            <col key={columns[index]?.key ?? index} style={{ width: columnWidth }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {columns.map((column, index) => (
              <TableHeaderCell
                key={column.key}
                column={column}
                sort={props.sort}
                isSortable={props.isSortable(column)}
                onSort={props.onSort}
                rearrange={
                  props.onMoveColumn
                    ? {
                        onMove: props.onMoveColumn,
                        previousKey: columns[index - 1]?.key,
                        nextKey: columns[index + 1]?.key,
                      }
                    : undefined
                }
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(paddingTop, 'top')}
          {items.map((item) => {
            const row = rows[item.index] ?? {};
            return (
              <tr
                key={item.key}
                className={styles.row}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={props.firstRowIndex + item.index + 2}
              >
                {columns.map((column) => (
                  <TableCell
                    key={column.key}
                    column={column}
                    value={row[column.key]}
                    colorRules={props.colorRules}
                    crossFilter={props.crossFilter}
                  />
                ))}
              </tr>
            );
          })}
          {spacer(paddingBottom, 'bottom')}
        </tbody>
        {props.totals ? <TableTotalsRow columns={columns} totals={props.totals} /> : null}
      </table>
      {rows.length === 0 ? (
        <Empty
          className={styles.empty}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={props.emptyText}
        />
      ) : null}
    </div>
  );
}
