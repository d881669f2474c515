import {
  BorderHorizontalOutlined,
  ColumnWidthOutlined,
  FileMarkdownOutlined,
  FolderOutlined,
  FontSizeOutlined,
  MinusOutlined,
} from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DragEvent, ReactNode } from 'react';
import { useEditorLayout } from './editor-layout-context';
import { writeLayoutDrag } from './layout-drag';
import { appendTarget, placementWidth } from './layout-placement';
import { buildComponent, type LayoutElementType } from './new-components';
import styles from './DashboardEditor.module.css';

const ELEMENTS: { type: LayoutElementType; name: string; icon: ReactNode }[] = [
  { type: 'TABS', name: 'Tabs', icon: <FolderOutlined /> },
  { type: 'ROW', name: 'Row', icon: <BorderHorizontalOutlined /> },
  { type: 'COLUMN', name: 'Column', icon: <ColumnWidthOutlined /> },
  { type: 'HEADER', name: 'Header', icon: <FontSizeOutlined /> },
  { type: 'MARKDOWN', name: 'Markdown', icon: <FileMarkdownOutlined /> },
  { type: 'DIVIDER', name: 'Divider', icon: <MinusOutlined /> },
];

/** The layout elements (tabs, row, column, header, markdown, divider) to drag or add. */
export function LayoutElementsPanel() {
  const { layout, startDrag, endDrag, drop } = useEditorLayout();

  const handleDragStart = (event: DragEvent, type: LayoutElementType, name: string) => {
    writeLayoutDrag(event.dataTransfer, { kind: 'new', spec: { type } }, name);
    event.dataTransfer.effectAllowed = 'copy';
    const width = placementWidth(buildComponent({ type }, () => type));
    startDrag({ type, width });
  };

  return (
    <ul className={`${styles.panelBody} ${styles.panelList}`} aria-label="Layout elements">
      {ELEMENTS.map(({ type, name, icon }) => (
        <li
          key={type}
          className={styles.panelItem}
          draggable
          aria-label={name}
          onDragStart={(event) => handleDragStart(event, type, name)}
          onDragEnd={endDrag}
        >
          <Typography.Text className={styles.panelItemText}>
            {icon} {name}
          </Typography.Text>
          <Button
            size="small"
            aria-label={`Add ${name.toLowerCase()} to the dashboard`}
            onClick={() => drop(appendTarget(layout), { kind: 'new', spec: { type } })}
          >
            Add
          </Button>
        </li>
      ))}
    </ul>
  );
}
