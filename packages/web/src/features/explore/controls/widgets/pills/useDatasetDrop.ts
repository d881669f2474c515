import { useState, type DragEvent } from 'react';
import {
  draggedKindOf,
  readDragPayload,
  type DatasetDragKind,
  type DatasetDragPayload,
} from '../../drag-payload';

/** The drop handlers of a control that takes dataset items, and whether one hovers over it. */
export interface DatasetDropTarget {
  /** A dataset item this control accepts is being dragged over it. */
  isOver: boolean;
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/**
 * Makes an element a drop target for dataset panel items of the given kinds; other drags
 * (files, text, pills) pass through untouched.
 */
export function useDatasetDrop(
  accepts: readonly DatasetDragKind[],
  onDrop: (payload: DatasetDragPayload) => void,
): DatasetDropTarget {
  const [isOver, setIsOver] = useState(false);
  const isAccepted = (event: DragEvent) => {
    const kind = draggedKindOf(event.dataTransfer);
    return kind !== undefined && accepts.includes(kind);
  };
  return {
    isOver,
    handlers: {
      onDragOver: (event) => {
        if (!isAccepted(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setIsOver(true);
      },
      onDragLeave: (event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && event.currentTarget.contains(next)) return;
        setIsOver(false);
      },
      onDrop: (event) => {
        setIsOver(false);
        if (!isAccepted(event)) return;
        event.preventDefault();
        const payload = readDragPayload(event.dataTransfer);
        if (payload && accepts.includes(payload.kind)) onDrop(payload);
      },
    },
  };
}
