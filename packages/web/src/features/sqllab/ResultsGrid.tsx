import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { columnWidths, formatCell } from './format-cell';
import styles from './ResultsGrid.module.css';

const ROW_HEIGHT = 28;

/**
 * A read-only results table that renders only the rows in view (plus a few either side), so
 * 100,000 rows scroll as smoothly as 100. The scroll area takes focus, so arrow keys and
 * Page Up/Down scroll it.
 */
export function ResultsGrid({
  columns,
  rows,
  initialHeight = 400,
}: {
  columns: readonly string[];
  rows: readonly Record<string, unknown>[];
  /** The height assumed before the grid is measured (what renders in tests and first paint). */
  initialHeight?: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const widths = useMemo(() => columnWidths(columns, rows), [columns, rows]);
  const totalWidth = widths.reduce((sum, width) => sum + width, 0);
  const template = widths.map((width) => `${width}px`).join(' ');
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 800, height: initialHeight },
  });

  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      role="grid"
      aria-label="Query results"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
    >
      <div className={styles.header} role="row" aria-rowindex={1} style={{ width: totalWidth }}>
        <div className={styles.cells} style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <div key={column} role="columnheader" className={styles.headerCell} title={column}>
              {column}
            </div>
          ))}
        </div>
      </div>
      <div
        style={{
          height: virtualizer.getTotalSize(),
          width: totalWidth,
          minWidth: '100%',
          position: 'relative',
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] ?? {};
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className={item.index % 2 ? `${styles.row} ${styles.odd}` : styles.row}
              style={{
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                gridTemplateColumns: template,
              }}
            >
              {columns.map((column) => {
                const value = row[column];
                const text = formatCell(value);
                return (
                  <div
                    key={column}
                    role="gridcell"
                    className={value === null ? `${styles.cell} ${styles.null}` : styles.cell}
                    title={text}
                  >
                    {text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
