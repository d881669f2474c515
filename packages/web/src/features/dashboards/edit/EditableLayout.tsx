import { GRID_COLUMN_COUNT, ROOT_ID } from '@superset-ts/shared';
import { DropZone } from './DropZone';
import { EditableChildren } from './EditableChildren';
import { EditableNode } from './EditableNode';
import { useEditorLayout } from './editor-layout-context';
import { findItem } from './layout-tree';
import styles from './DashboardEditor.module.css';

/**
 * The whole layout in edit mode: the grid (or the top-level tabs) with its drop zones, and a
 * zone above it where dropped tabs become the dashboard's top-level tabs.
 */
export function EditableLayout() {
  const { layout } = useEditorLayout();
  const top = findItem(layout, findItem(layout, ROOT_ID)?.children[0] ?? '');
  if (!top) return null;
  return (
    <div className={`${styles.stack} ${styles.canvas}`} data-editor-grid>
      {top.type === 'GRID' ? (
        <>
          <DropZone parentId={ROOT_ID} index={0} direction="across" />
          <EditableChildren
            parent={top}
            direction="across"
            containerColumns={GRID_COLUMN_COUNT}
            emptyLabel="Drag charts and layout elements here from the panel"
          />
        </>
      ) : (
        <EditableNode id={top.id} containerColumns={GRID_COLUMN_COUNT} isInRow={false} />
      )}
    </div>
  );
}
