import type { DashboardLayout, LayoutComponentType } from '@superset-ts/shared';
import { createContext, useContext, type ReactNode } from 'react';
import type { LayoutDragPayload } from './layout-drag';
import type { DropTarget } from './layout-placement';
import type { EditableMeta } from './layout-sizing';

/** What is being dragged now, so drop zones can tell whether they would accept it. */
export interface DraggedComponent {
  type: LayoutComponentType;
  /** The columns it takes in a row. */
  width: number;
  /** The component being moved (none for a new one from the side panel). */
  movingId?: string;
}

/** What the editable layout reads and does; provided once by the editor. */
export interface EditorLayoutActions {
  layout: DashboardLayout;
  dragged: DraggedComponent | undefined;
  startDrag: (dragged: DraggedComponent) => void;
  endDrag: () => void;
  drop: (target: DropTarget, payload: LayoutDragPayload) => void;
  remove: (id: string) => void;
  addTab: (tabsId: string) => void;
  moveBy: (id: string, offset: -1 | 1) => void;
  resize: (id: string, size: { width?: number; height?: number }) => void;
  editMeta: (id: string, patch: EditableMeta) => void;
  renderChart: (chartId: number, size: { width: number; height: number }) => ReactNode;
}

export const EditorLayoutContext = createContext<EditorLayoutActions | null>(null);

/** The editor's layout actions (only inside `DashboardEditor`). */
export function useEditorLayout(): EditorLayoutActions {
  const actions = useContext(EditorLayoutContext);
  if (!actions) throw new Error('useEditorLayout is used outside DashboardEditor');
  return actions;
}
