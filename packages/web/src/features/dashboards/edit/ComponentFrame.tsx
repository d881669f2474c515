import { DeleteOutlined, HolderOutlined, MoreOutlined } from '@ant-design/icons';
import type { LayoutItem } from '@superset-ts/shared';
import { Button, Dropdown, Tooltip } from 'antd';
import { useRef, type CSSProperties, type DragEvent, type ReactNode } from 'react';
import { componentLabel } from './component-label';
import { useEditorLayout } from './editor-layout-context';
import { writeLayoutDrag } from './layout-drag';
import { placementWidth } from './layout-placement';
import { styleChoicesOf } from './style-menu';
import styles from './DashboardEditor.module.css';

/**
 * The editing chrome around one component: focusable (Tab reaches it), with a drag handle, a
 * menu to move it without dragging (and style it: header size, background), and a delete
 * button. `isInRow` names moves left/right.
 */
export function ComponentFrame({
  item,
  isInRow,
  className = '',
  style,
  children,
}: {
  item: LayoutItem;
  isInRow: boolean;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const { startDrag, endDrag, remove, moveBy, editMeta } = useEditorLayout();
  const frameRef = useRef<HTMLDivElement>(null);
  const label = componentLabel(item);

  const handleDragStart = (event: DragEvent) => {
    event.stopPropagation();
    writeLayoutDrag(event.dataTransfer, { kind: 'move', id: item.id }, label);
    event.dataTransfer.effectAllowed = 'move';
    if (frameRef.current && typeof event.dataTransfer.setDragImage === 'function') {
      event.dataTransfer.setDragImage(frameRef.current, 16, 16);
    }
    startDrag({ type: item.type, width: placementWidth(item), movingId: item.id });
  };

  const styleChoices = styleChoicesOf(item);
  const menuItems = [
    { key: 'earlier', label: isInRow ? 'Move left' : 'Move up' },
    { key: 'later', label: isInRow ? 'Move right' : 'Move down' },
    ...styleChoices.map((choice) => ({ key: choice.key, label: choice.label })),
    { key: 'delete', label: 'Delete', danger: true },
  ];
  const handleMenuClick = ({ key }: { key: string }) => {
    const choice = styleChoices.find((candidate) => candidate.key === key);
    if (choice) editMeta(item.id, choice.patch);
    else if (key === 'delete') remove(item.id);
    else moveBy(item.id, key === 'earlier' ? -1 : 1);
  };

  return (
    <div
      ref={frameRef}
      className={`${styles.frame} ${className}`}
      style={style}
      role="group"
      aria-label={label}
      tabIndex={0}
      data-layout-id={item.id}
    >
      <div className={styles.toolbar}>
        <Tooltip title="Drag to move">
          <span
            className={styles.dragHandle}
            draggable
            role="button"
            aria-label={`Drag ${label}`}
            onDragStart={handleDragStart}
            onDragEnd={endDrag}
          >
            <HolderOutlined />
          </span>
        </Tooltip>
        <Dropdown menu={{ items: menuItems, onClick: handleMenuClick }} trigger={['click']}>
          <Button
            size="small"
            type="text"
            icon={<MoreOutlined />}
            aria-label={`Actions for ${label}`}
          />
        </Dropdown>
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`Delete ${label}`}
          onClick={() => remove(item.id)}
        />
      </div>
      {children}
    </div>
  );
}
