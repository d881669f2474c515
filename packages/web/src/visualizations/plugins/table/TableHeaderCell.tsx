import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import type { DragEvent, KeyboardEvent } from 'react';
import type { SortState } from './sort-rows';
import styles from './TableChart.module.css';
import type { TableColumn } from './types';

/** The drag payload of a header being moved (a private type: only headers accept it). */
const COLUMN_DRAG_TYPE = 'application/x-superset-table-column';

/** How headers may be rearranged, when the chart allows it. */
export interface HeaderRearrange {
  /** Puts the column `fromKey` where `toKey` is. */
  onMove: (fromKey: string, toKey: string) => void;
  /** The column before and after this one, for moving with the keyboard. */
  previousKey?: string;
  nextKey?: string;
}

interface TableHeaderCellProps {
  column: TableColumn;
  sort: SortState | undefined;
  isSortable: boolean;
  onSort: (key: string) => void;
  rearrange?: HeaderRearrange;
}

function ariaSortOf(column: TableColumn, sort: SortState | undefined) {
  if (sort?.key !== column.key) return 'none';
  return sort.desc ? 'descending' : 'ascending';
}

/**
 * A column header: a button that cycles the sort (ascending, descending, none), and, when
 * rearranging is allowed, a drag handle for the column (Alt+Left/Right moves it by keyboard).
 */
export function TableHeaderCell({
  column,
  sort,
  isSortable,
  onSort,
  rearrange,
}: TableHeaderCellProps) {
  const ariaSort = ariaSortOf(column, sort);
  const handleDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(COLUMN_DRAG_TYPE, column.key);
    event.dataTransfer.effectAllowed = 'move';
  };
  const handleDragOver = (event: DragEvent) => {
    if (event.dataTransfer.types.includes(COLUMN_DRAG_TYPE)) event.preventDefault();
  };
  const handleDrop = (event: DragEvent) => {
    const fromKey = event.dataTransfer.getData(COLUMN_DRAG_TYPE);
    if (fromKey) {
      event.preventDefault();
      rearrange?.onMove(fromKey, column.key);
    }
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (!rearrange || !event.altKey) return;
    const toKey =
      event.key === 'ArrowLeft'
        ? rearrange.previousKey
        : event.key === 'ArrowRight'
          ? rearrange.nextKey
          : undefined;
    if (toKey) {
      event.preventDefault();
      rearrange.onMove(column.key, toKey);
    }
  };
  const label = (
    <span className={styles.headerLabel} title={column.label}>
      {column.label}
    </span>
  );
  return (
    <th
      scope="col"
      className={styles.headerCell}
      style={{ textAlign: column.align }}
      aria-sort={isSortable ? ariaSort : undefined}
      draggable={rearrange !== undefined}
      onDragStart={rearrange ? handleDragStart : undefined}
      onDragOver={rearrange ? handleDragOver : undefined}
      onDrop={rearrange ? handleDrop : undefined}
    >
      {isSortable ? (
        <button
          type="button"
          className={styles.sortButton}
          onClick={() => onSort(column.key)}
          onKeyDown={handleKeyDown}
        >
          {label}
          <span className={styles.sortIcons} aria-hidden="true">
            <CaretUpOutlined className={ariaSort === 'ascending' ? styles.activeSort : ''} />
            <CaretDownOutlined className={ariaSort === 'descending' ? styles.activeSort : ''} />
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
