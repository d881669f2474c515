import { GRID_BASE_UNIT, GRID_COLUMN_COUNT } from '@superset-ts/shared';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { SizeBounds } from './layout-sizing';
import styles from './DashboardEditor.module.css';

/** A size in grid units: columns and 8 px rows. */
export interface GridSize {
  width: number;
  height: number;
}

/** Height units one arrow key press adds or takes. */
const HEIGHT_STEP = 5;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function boundedSize(size: GridSize, bounds: SizeBounds): GridSize {
  return {
    width: clamp(size.width, bounds.minWidth, bounds.maxWidth),
    height: clamp(size.height, bounds.minHeight, bounds.maxHeight),
  };
}

/** The pixel width of one grid column, from the nearest editor grid. */
function columnPixels(element: Element): number {
  const grid = element.closest('[data-editor-grid]');
  const width = grid?.getBoundingClientRect().width ?? 0;
  return width > 0 ? width / GRID_COLUMN_COUNT : 0;
}

/**
 * The corner handle that resizes a chart, markdown block or column: dragged with the pointer
 * (snapping to columns and 8 px units, previewed while dragging) or with the arrow keys
 * (left/right one column, up/down five units).
 */
export function ResizeHandle({
  label,
  size,
  bounds,
  hasHeight,
  onPreview,
  onResize,
}: {
  label: string;
  /** The saved size (a drag starts from it; the preview goes to `onPreview`). */
  size: GridSize;
  bounds: SizeBounds;
  /** False for columns, whose height follows their content. */
  hasHeight: boolean;
  onPreview: (size: GridSize | undefined) => void;
  onResize: (size: GridSize) => void;
}) {
  const start = useRef<{ x: number; y: number; column: number; size: GridSize } | null>(null);
  const latest = useRef<GridSize>(size);

  const sizeAt = (event: PointerEvent): GridSize | undefined => {
    const from = start.current;
    if (!from) return undefined;
    const columns = from.column > 0 ? Math.round((event.clientX - from.x) / from.column) : 0;
    const units = hasHeight ? Math.round((event.clientY - from.y) / GRID_BASE_UNIT) : 0;
    return boundedSize(
      {
        width: bounds.canResizeWidth ? from.size.width + columns : from.size.width,
        height: from.size.height + units,
      },
      bounds,
    );
  };

  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    start.current = {
      x: event.clientX,
      y: event.clientY,
      column: columnPixels(event.currentTarget),
      size,
    };
    latest.current = size;
  };
  const handlePointerMove = (event: PointerEvent) => {
    const next = sizeAt(event);
    if (!next) return;
    latest.current = next;
    onPreview(next);
  };
  const handlePointerUp = (event: PointerEvent) => {
    const next = sizeAt(event) ?? latest.current;
    start.current = null;
    onPreview(undefined);
    if (next.width !== size.width || next.height !== size.height) onResize(next);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, Partial<GridSize>> = {
      ArrowRight: { width: size.width + 1 },
      ArrowLeft: { width: size.width - 1 },
      ...(hasHeight
        ? {
            ArrowDown: { height: size.height + HEIGHT_STEP },
            ArrowUp: { height: size.height - HEIGHT_STEP },
          }
        : {}),
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const next = boundedSize({ ...size, ...step }, bounds);
    if (next.width !== size.width || next.height !== size.height) onResize(next);
  };

  return (
    <div
      className={styles.resizeHandle}
      role="button"
      tabIndex={0}
      aria-label={`Resize ${label}`}
      aria-description={`${size.width} of ${GRID_COLUMN_COUNT} columns${hasHeight ? `, ${size.height} units high` : ''}; arrow keys resize`}
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={handlePointerUp}
      onPointerCancel={() => {
        start.current = null;
        onPreview(undefined);
      }}
      onKeyDown={handleKeyDown}
    />
  );
}
