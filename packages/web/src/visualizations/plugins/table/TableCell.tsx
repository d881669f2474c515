import { memo } from 'react';
import { cellBackground, type CellColorRule } from './conditional-formatting';
import styles from './TableChart.module.css';
import type { TableCrossFilter } from './table-cross-filter';
import type { TableColumn } from './types';

interface TableCellProps {
  column: TableColumn;
  value: unknown;
  colorRules: readonly CellColorRule[];
  /** Present on a dashboard with cross-filters: dimension cells then filter on click. */
  crossFilter?: TableCrossFilter | undefined;
}

/**
 * One cell: its formatted value, the conditional formatting colour and the cell bar. A
 * dimension cell of a table that cross-filters is a toggle button (selected: highlighted;
 * others dimmed while a value is selected).
 */
export const TableCell = memo(function TableCell({
  column,
  value,
  colorRules,
  crossFilter,
}: TableCellProps) {
  const text = column.format(value);
  const isFilterable = crossFilter !== undefined && column.filterColumn !== undefined;
  const isSelected = isFilterable && crossFilter.isSelected(value);
  const bar = column.cellBar?.(value);
  const background =
    colorRules.length > 0 ? cellBackground(colorRules, column.key, value) : undefined;
  return (
    <td
      className={styles.cell}
      style={{ textAlign: column.align, background }}
      title={text.length > 24 ? text : undefined}
    >
      {bar ? (
        <span
          className={styles.cellBar}
          aria-hidden="true"
          style={{
            left: `${bar.leftPercent}%`,
            width: `${bar.widthPercent}%`,
            background: bar.color,
          }}
        />
      ) : null}
      {isFilterable ? (
        <button
          type="button"
          className={[
            styles.cellText,
            styles.cellFilter,
            isSelected ? styles.cellSelected : crossFilter.hasSelection ? styles.cellDimmed : '',
          ].join(' ')}
          aria-pressed={isSelected}
          onClick={() => crossFilter.toggle(column, value, text)}
        >
          {text}
        </button>
      ) : (
        <span className={styles.cellText}>{text}</span>
      )}
    </td>
  );
});
