import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { observeViewport } from '../table/observe-viewport';
import { PivotBodyRow } from './PivotBodyRow';
import { HEADER_ROW_HEIGHT, PivotHeader } from './PivotHeader';
import styles from './PivotTableChart.module.css';
import { computePivotWidths } from './pivot-widths';
import type { PivotTableProps } from './types';

/** Body row height in pixels; fixed, so thousands of rows need no measuring. */
const ROW_HEIGHT = 30;
const OVERSCAN = 10;

/**
 * The Pivot Table's component: sticky column headers (grouped, with subtotal and total
 * columns), sticky row headers, and only the body rows in view rendered, so a pivot of
 * thousands of rows scrolls smoothly.
 */
export default function PivotTableChart({ width, height, props }: ChartViewProps<PivotTableProps>) {
  const { model } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeaderCount = Math.max(1, model.rowLevels.length);
  const headerRowCount = model.columnHeaderRows.length + (model.rowLevels.length > 0 ? 1 : 0);
  const headerHeight = headerRowCount * HEADER_ROW_HEIGHT;
  const widths = useMemo(() => computePivotWidths(props, rowHeaderCount), [props, rowHeaderCount]);
  const stickyLefts = useMemo(
    () =>
      widths.rowHeaders.map((_, level) =>
        widths.rowHeaders.slice(0, level).reduce((a, b) => a + b, 0),
      ),
    [widths],
  );
  const tableWidth = [...widths.rowHeaders, ...widths.columns].reduce((a, b) => a + b, 0);
  const virtualizer = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: headerHeight,
    initialRect: { width, height },
    observeElementRect: observeViewport,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - headerHeight : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - headerHeight) : 0;
  const columnCount = rowHeaderCount + model.columns.length;
  const spacer = (size: number) =>
    size > 0 ? (
      <tr aria-hidden="true">
        <td colSpan={columnCount} className={styles.spacer} style={{ height: size }} />
      </tr>
    ) : null;

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      style={{ width, height }}
      tabIndex={0}
      role="region"
      aria-label="Pivot table"
    >
      <table className={styles.pivot} style={{ width: tableWidth }}>
        <colgroup>
          {[...widths.rowHeaders, ...widths.columns].map((columnWidth, index) => (
            <col key={index} style={{ width: columnWidth }} />
          ))}
        </colgroup>
        <PivotHeader props={props} rowHeaderCount={rowHeaderCount} stickyLefts={stickyLefts} />
        <tbody>
          {spacer(paddingTop)}
          {items.map((item, position) => (
            <PivotBodyRow
              key={item.key}
              props={props}
              index={item.index}
              isFirstInView={position === 0}
              rowHeaderCount={rowHeaderCount}
              stickyLefts={stickyLefts}
              height={ROW_HEIGHT}
            />
          ))}
          {spacer(paddingBottom)}
        </tbody>
      </table>
    </div>
  );
}
