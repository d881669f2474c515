import type { ColumnHeaderCell } from './pivot/pivot-headers';
import styles from './PivotTableChart.module.css';
import type { PivotTableProps } from './types';

/** The height of one header row in pixels (the rows stick to the top while scrolling). */
export const HEADER_ROW_HEIGHT = 32;

interface PivotHeaderProps {
  props: PivotTableProps;
  /** The number of row header columns (at least one, for the totals' label). */
  rowHeaderCount: number;
  /** The left offset of each row header column, for sticking them while scrolling across. */
  stickyLefts: readonly number[];
}

function cellLabel(props: PivotTableProps, cell: ColumnHeaderCell): string {
  switch (cell.kind) {
    case 'total':
      return props.totalLabel;
    case 'subtotal':
      return 'Subtotal';
    case 'value':
      return props.formatHeader(props.model.columnLevels[cell.level] ?? '', cell.value);
  }
}

/**
 * The column headers: one row per column level, named in the corner, values spanning their
 * groups; then a row naming the row levels.
 */
export function PivotHeader({ props, rowHeaderCount, stickyLefts }: PivotHeaderProps) {
  const { model } = props;
  const headerRows = model.columnHeaderRows;
  const hasRowLevels = model.rowLevels.length > 0;
  const cornerStyle = (rowIndex: number) => ({ top: rowIndex * HEADER_ROW_HEIGHT, left: 0 });
  return (
    <thead>
      {headerRows.map((cells, rowIndex) => (
        <tr key={rowIndex} style={{ height: HEADER_ROW_HEIGHT }}>
          <th
            scope="col"
            colSpan={rowHeaderCount}
            className={`${styles.corner} ${styles.levelName}`}
            style={cornerStyle(rowIndex)}
          >
            {props.columnLevelLabels[rowIndex] ?? ''}
          </th>
          {cells.map((cell, index) => (
            <th
              key={index}
              scope="col"
              colSpan={cell.colSpan}
              rowSpan={cell.rowSpan}
              className={cell.kind === 'value' ? styles.columnHeader : styles.totalHeader}
              style={{ top: rowIndex * HEADER_ROW_HEIGHT }}
            >
              {cellLabel(props, cell)}
            </th>
          ))}
        </tr>
      ))}
      {hasRowLevels ? (
        <tr style={{ height: HEADER_ROW_HEIGHT }}>
          {props.rowLevelLabels.map((label, level) => (
            <th
              key={level}
              scope="col"
              className={`${styles.corner} ${styles.levelName}`}
              style={{ top: headerRows.length * HEADER_ROW_HEIGHT, left: stickyLefts[level] }}
            >
              {label}
            </th>
          ))}
          <th
            colSpan={model.columns.length}
            className={styles.headerFiller}
            style={{ top: headerRows.length * HEADER_ROW_HEIGHT }}
            aria-hidden="true"
          />
        </tr>
      ) : null}
    </thead>
  );
}
