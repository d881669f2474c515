import { useState, type DragEvent } from 'react';
import { useEditorLayout } from './editor-layout-context';
import { isLayoutDrag, readLayoutDrag } from './layout-drag';
import { placementAt } from './layout-placement';
import styles from './DashboardEditor.module.css';

/**
 * A place a dragged component can be dropped: into `parentId` before its child at `index`.
 * Shown only while something it accepts is dragged; `isEmptyContainer` makes it a large
 * target filling an empty row, column, tab or grid.
 */
export function DropZone({
  parentId,
  index,
  direction,
  isEmptyContainer = false,
  label,
}: {
  parentId: string;
  index: number;
  /** `across` between stacked components (a horizontal bar), `along` between cells of a row. */
  direction: 'across' | 'along';
  isEmptyContainer?: boolean;
  /** Shown in an empty container. */
  label?: string;
}) {
  const { layout, dragged, drop } = useEditorLayout();
  const [isOver, setIsOver] = useState(false);
  const isAccepted =
    dragged !== undefined &&
    placementAt(layout, dragged.type, dragged.width, { parentId, index }, dragged.movingId).kind !==
      'refused';

  const handleDragOver = (event: DragEvent) => {
    if (!isAccepted || !isLayoutDrag(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = dragged?.movingId ? 'move' : 'copy';
    setIsOver(true);
  };
  const handleDrop = (event: DragEvent) => {
    setIsOver(false);
    const payload = readLayoutDrag(event.dataTransfer);
    if (!payload) return;
    event.preventDefault();
    event.stopPropagation();
    drop({ parentId, index }, payload);
  };

  const classes = [
    styles.dropZone,
    direction === 'along' ? styles.dropZoneAlong : styles.dropZoneAcross,
    isAccepted ? styles.dropZoneActive : '',
    isOver ? styles.dropZoneOver : '',
    isEmptyContainer ? styles.dropZoneEmpty : '',
  ];
  return (
    <div
      className={classes.join(' ')}
      data-drop-target={`${parentId}:${index}`}
      aria-hidden={!isEmptyContainer}
      onDragOver={handleDragOver}
      onDragLeave={() => setIsOver(false)}
      onDrop={handleDrop}
    >
      {isEmptyContainer ? label : null}
    </div>
  );
}
