import { PlusOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import type { DatasetDragKind, DatasetDragPayload } from '../../drag-payload';
import { ControlPill } from './ControlPill';
import { moveItem } from './pill-order';
import styles from './pills.module.css';
import { useDatasetDrop } from './useDatasetDrop';

/** How a pill shows one value. */
export interface PillDescription {
  label: string;
  icon?: ReactNode;
  title?: string;
  warning?: string;
}

/** What an editor popover receives: the value to edit (or a drop's draft), and its exits. */
export interface PillEditorProps<T> {
  /** The value being edited, a dropped item's draft, or undefined for a new value. */
  initial: T | undefined;
  onSave: (value: T) => void;
  onClose: () => void;
}

/** What a drop of a dataset item does: add a value at once, or open the editor on a draft. */
export type DropResult<T> = { value: T } | { draft: T } | undefined;

/** The props of a pill list control. */
export interface PillListControlProps<T> {
  /** The control's label: names the list, its add button and its popovers. */
  label: string;
  values: readonly T[];
  /** A list (`metrics`) or one value (`metric`): one value has no add button once set. */
  isMultiple: boolean;
  onChange: (values: T[]) => void;
  describe: (value: T) => PillDescription;
  renderEditor: (props: PillEditorProps<T>) => ReactNode;
  /** The text of the add button ("Drop columns here or click"). */
  addText: string;
  /** The dataset items that may be dropped on the control. */
  accepts: readonly DatasetDragKind[];
  onDropItem: (payload: DatasetDragPayload) => DropResult<T>;
}

type Editing<T> = { index: number } | { index: 'new'; draft: T | undefined } | null;

/**
 * The pills of a metrics, columns or filters control (Superset's DnD select): each value a
 * pill that opens its editor, a "+" that opens an empty editor, dataset items dropped from
 * the dataset panel, and pills dragged to reorder a list.
 */
export function PillListControl<T>({
  label,
  values,
  isMultiple,
  onChange,
  describe,
  renderEditor,
  addText,
  accepts,
  onDropItem,
}: PillListControlProps<T>) {
  const listId = useId();
  const [editing, setEditing] = useState<Editing<T>>(null);
  const close = () => setEditing(null);

  const add = (value: T) => onChange(isMultiple ? [...values, value] : [value]);
  const drop = useDatasetDrop(accepts, (payload) => {
    const result = onDropItem(payload);
    if (!result) return;
    if ('value' in result) add(result.value);
    else setEditing({ index: 'new', draft: result.draft });
  });

  const canAdd = isMultiple || values.length === 0;
  const newEditor =
    editing?.index === 'new'
      ? renderEditor({
          initial: editing.draft,
          onSave: (value) => {
            add(value);
            close();
          },
          onClose: close,
        })
      : null;

  return (
    <div
      role="group"
      aria-label={label}
      className={`${styles.list} ${drop.isOver ? styles.canDrop : ''}`}
      {...drop.handlers}
    >
      {values.map((value, index) => {
        const description = describe(value);
        const isEditing = editing?.index === index;
        return (
          <ControlPill
            // Values have no stable identity of their own; the position is what the user sees.
            key={index}
            {...description}
            onRemove={() => onChange(values.filter((_, at) => at !== index))}
            isEditing={isEditing}
            onEditingChange={(open) => setEditing(open ? { index } : null)}
            renderEditor={() =>
              renderEditor({
                initial: value,
                onSave: (edited) => {
                  onChange(values.map((item, at) => (at === index ? edited : item)));
                  close();
                },
                onClose: close,
              })
            }
            reorder={
              isMultiple && values.length > 1
                ? { listId, index, onMove: (from, to) => onChange(moveItem(values, from, to)) }
                : undefined
            }
          />
        );
      })}
      {(canAdd || editing?.index === 'new') && (
        <Popover
          trigger="click"
          placement="right"
          open={editing?.index === 'new'}
          onOpenChange={(open) => setEditing(open ? { index: 'new', draft: undefined } : null)}
          destroyOnHidden
          content={<div className={styles.editor}>{newEditor}</div>}
        >
          <Button
            type="dashed"
            size="small"
            className={styles.addButton}
            icon={<PlusOutlined />}
            aria-label={`Add ${label}`}
          >
            {addText}
          </Button>
        </Popover>
      )}
    </div>
  );
}
