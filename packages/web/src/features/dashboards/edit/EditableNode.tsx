import { Divider, Typography } from 'antd';
import { ComponentFrame } from './ComponentFrame';
import { EditableCell } from './EditableCell';
import { EditableChildren } from './EditableChildren';
import { EditableColumn } from './EditableColumn';
import { EditableTabs } from './EditableTabs';
import { useEditorLayout } from './editor-layout-context';
import { findItem } from './layout-tree';
import { backgroundClass } from './style-menu';
import styles from './DashboardEditor.module.css';

const HEADER_LEVELS: Record<string, 2 | 3 | 4> = {
  LARGE_HEADER: 2,
  MEDIUM_HEADER: 3,
  SMALL_HEADER: 4,
};

/** One component of the layout in edit mode, and what it holds. */
export function EditableNode({
  id,
  containerColumns,
  isInRow,
}: {
  id: string;
  containerColumns: number;
  isInRow: boolean;
}) {
  const { layout, editMeta } = useEditorLayout();
  const item = findItem(layout, id);
  if (!item) return null;
  switch (item.type) {
    case 'CHART':
    case 'MARKDOWN':
      return <EditableCell item={item} containerColumns={containerColumns} isInRow={isInRow} />;
    case 'COLUMN':
      return <EditableColumn item={item} containerColumns={containerColumns} />;
    case 'ROW':
      return (
        <ComponentFrame item={item} isInRow={false}>
          <div className={`${styles.row} ${backgroundClass(item)}`}>
            <EditableChildren
              parent={item}
              direction="along"
              containerColumns={containerColumns}
              emptyLabel="Drop charts, markdown or columns here"
            />
          </div>
        </ComponentFrame>
      );
    case 'HEADER':
      return (
        <ComponentFrame item={item} isInRow={false}>
          <Typography.Title
            level={HEADER_LEVELS[item.meta.headerSize ?? ''] ?? 3}
            className={styles.headerText}
            editable={{
              onChange: (text) => editMeta(item.id, { text }),
              triggerType: ['icon', 'text'],
              tooltip: 'Edit header',
            }}
          >
            {item.meta.text ?? ''}
          </Typography.Title>
        </ComponentFrame>
      );
    case 'DIVIDER':
      return (
        <ComponentFrame item={item} isInRow={false}>
          <Divider />
        </ComponentFrame>
      );
    case 'TABS':
      return (
        <ComponentFrame item={item} isInRow={false}>
          <EditableTabs item={item} />
        </ComponentFrame>
      );
    case 'ROOT':
    case 'GRID':
    case 'TAB':
      return null;
  }
}
