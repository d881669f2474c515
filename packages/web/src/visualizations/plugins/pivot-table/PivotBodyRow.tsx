import { memo } from 'react';
import { startsGroup, type AxisEntry } from './pivot/pivot-axis';
import styles from './PivotTableChart.module.css';
import type { PivotTableProps } from './types';

interface PivotBodyRowProps {
  props: PivotTableProps;
  index: number;
  /** Show every header value, as the first row in view has no group row above it. */
  isFirstInView: boolean;
  rowHeaderCount: number;
  stickyLefts: readonly number[];
  height: number;
}

const TOTAL_CELL = `${styles.cell} ${styles.totalCell}`;

/** The row headers of an entry: its path's values, then `Subtotal`, or the total's label. */
function RowHeaders({
  props,
  index,
  isFirstInView,
  rowHeaderCount,
  stickyLefts,
}: PivotBodyRowProps) {
  const { model } = props;
  const entry = model.rows[index] as AxisEntry;
  const sticky = (level: number) => ({ left: stickyLefts[level] });
  if (entry.kind === 'total') {
    return (
      <th scope="row" colSpan={rowHeaderCount} className={styles.totalRowHeader} style={sticky(0)}>
        {props.totalLabel}
      </th>
    );
  }
  const levels = entry.key.map((value, level) => {
    const isShown =
      entry.kind === 'subtotal' || isFirstInView || startsGroup(model.rows, index, level);
    return (
      <th key={level} scope="row" className={styles.rowHeader} style={sticky(level)}>
        {isShown ? props.formatHeader(model.rowLevels[level] ?? '', value) : ''}
      </th>
    );
  });
  if (entry.kind === 'key') return <>{levels}</>;
  return (
    <>
      {levels}
      <th
        scope="row"
        colSpan={rowHeaderCount - entry.key.length}
        className={styles.totalRowHeader}
        style={sticky(entry.key.length)}
      >
        Subtotal
      </th>
    </>
  );
}

/** One body row: its headers and the value of each column, subtotals and totals in bold. */
export const PivotBodyRow = memo(function PivotBodyRow(rowProps: PivotBodyRowProps) {
  const { props, index, height } = rowProps;
  const { model } = props;
  const entry = model.rows[index] as AxisEntry;
  return (
    <tr style={{ height }} className={styles.row}>
      <RowHeaders {...rowProps} />
      {model.columns.map((column, columnIndex) => {
        const value = model.valueAt(entry.key, column.key);
        const isPlain = entry.kind === 'key' && column.kind === 'key';
        return (
          <td
            key={columnIndex}
            className={isPlain ? styles.cell : TOTAL_CELL}
            style={{ background: props.cellColor(entry.key, column.key, value) }}
          >
            {props.formatValue(value)}
          </td>
        );
      })}
    </tr>
  );
});
