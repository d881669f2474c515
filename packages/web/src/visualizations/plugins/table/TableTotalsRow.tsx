import { Tooltip } from 'antd';
import styles from './TableChart.module.css';
import type { TableColumn } from './types';

interface TableTotalsRowProps {
  columns: readonly TableColumn[];
  totals: Record<string, unknown>;
}

/**
 * The totals row (Superset's "Summary"): each metric aggregated over the whole result, the
 * label in the first column when that column is a dimension.
 */
export function TableTotalsRow({ columns, totals }: TableTotalsRowProps) {
  return (
    <tfoot className={styles.totals}>
      <tr>
        {columns.map((column, index) => {
          const hasTotal = column.key in totals;
          return (
            <td key={column.key} className={styles.cell} style={{ textAlign: column.align }}>
              {hasTotal ? (
                column.format(totals[column.key])
              ) : index === 0 ? (
                <Tooltip title="Each metric aggregated over all rows; the row limit does not apply.">
                  <strong>Summary</strong>
                </Tooltip>
              ) : null}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
}
