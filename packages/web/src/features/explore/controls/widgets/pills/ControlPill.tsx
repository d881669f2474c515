import { CloseOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Popover, Tooltip } from 'antd';
import { useState, type DragEvent, type ReactNode } from 'react';
import { PILL_MIME_TYPE, readPillDrag } from './pill-order';
import styles from './pills.module.css';

/** How a pill takes part in reordering its list by drag and drop. */
export interface PillReorder {
  /** Tells this list's pills apart from another control's. */
  listId: string;
  index: number;
  onMove: (from: number, to: number) => void;
}

/** A value of a control shown as a pill. */
export interface ControlPillProps {
  label: string;
  icon?: ReactNode;
  /** Shown on hover (the real name behind a verbose label, the SQL of a metric). */
  title?: string;
  /** A problem with the value (a column the dataset no longer has). */
  warning?: string;
  onRemove: () => void;
  /** The editor shown in a popover when the pill is clicked; none: the pill is not editable. */
  renderEditor?: () => ReactNode;
  isEditing?: boolean;
  onEditingChange?: (isEditing: boolean) => void;
  reorder?: PillReorder;
}

/**
 * One value of a metrics, columns or filters control (Superset's option pill): a remove
 * button, then the label, which opens the value's editor; draggable to reorder a list.
 */
export function ControlPill({
  label,
  icon,
  title,
  warning,
  onRemove,
  renderEditor,
  isEditing = false,
  onEditingChange,
  reorder,
}: ControlPillProps) {
  const [isDraggedOver, setIsDraggedOver] = useState(false);
  const isPillDrag = (event: DragEvent) =>
    Array.from(event.dataTransfer.types).includes(PILL_MIME_TYPE);

  const handleDragStart = (event: DragEvent) => {
    if (!reorder) return;
    event.dataTransfer.setData(
      PILL_MIME_TYPE,
      JSON.stringify({ listId: reorder.listId, index: reorder.index }),
    );
    event.dataTransfer.effectAllowed = 'move';
  };
  const handleDrop = (event: DragEvent) => {
    setIsDraggedOver(false);
    if (!reorder || !isPillDrag(event)) return;
    const dragged = readPillDrag(event.dataTransfer);
    if (dragged?.listId !== reorder.listId) return;
    event.preventDefault();
    event.stopPropagation();
    reorder.onMove(dragged.index, reorder.index);
  };

  const labelButton = (
    <Button
      type="text"
      size="small"
      className={styles.pillLabel}
      icon={icon}
      aria-label={renderEditor ? `Edit ${label}` : label}
      title={title ?? label}
    >
      {label}
    </Button>
  );

  return (
    <div
      className={`${styles.pill} ${isDraggedOver ? styles.draggedOver : ''}`}
      draggable={reorder !== undefined}
      data-testid="control-pill"
      onDragStart={handleDragStart}
      onDragOver={(event) => {
        if (!reorder || !isPillDrag(event)) return;
        event.preventDefault();
        setIsDraggedOver(true);
      }}
      onDragLeave={() => setIsDraggedOver(false)}
      onDrop={handleDrop}
    >
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined />}
        aria-label={`Remove ${label}`}
        onClick={onRemove}
      />
      {renderEditor ? (
        <Popover
          trigger="click"
          placement="right"
          open={isEditing}
          onOpenChange={onEditingChange}
          destroyOnHidden
          // Always some content: antd does not open a popover that has none.
          content={<div className={styles.editor}>{isEditing && renderEditor()}</div>}
        >
          {labelButton}
        </Popover>
      ) : (
        labelButton
      )}
      {warning && (
        <Tooltip title={warning}>
          <WarningFilled className={styles.warning} aria-label={warning} />
        </Tooltip>
      )}
    </div>
  );
}
