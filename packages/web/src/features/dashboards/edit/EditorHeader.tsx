import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import styles from './DashboardEditor.module.css';

/**
 * The editor's header: the title (editable in place) and Undo, Redo, Properties, Edit CSS,
 * Discard (asking first when there are unsaved changes) and Save.
 */
export function EditorHeader({
  title,
  onTitleChange,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onOpenProperties,
  onOpenCss,
  isDirty,
  isSaving,
  onDiscard,
  onSave,
}: {
  title: string;
  onTitleChange: (title: string) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onOpenProperties: () => void;
  onOpenCss: () => void;
  isDirty: boolean;
  isSaving: boolean;
  onDiscard: () => void;
  onSave: () => void;
}) {
  return (
    <Flex className={styles.header} align="center" justify="space-between" gap={12} wrap>
      <Typography.Title
        level={3}
        className={styles.title}
        editable={{
          onChange: (text) => {
            if (text.trim()) onTitleChange(text.trim());
          },
          triggerType: ['icon', 'text'],
          tooltip: 'Edit title',
        }}
      >
        {title}
      </Typography.Title>
      <Flex gap={8} align="center" wrap>
        <Tooltip title="Undo (Ctrl+Z)">
          <Button icon={<UndoOutlined />} aria-label="Undo" disabled={!canUndo} onClick={onUndo} />
        </Tooltip>
        <Tooltip title="Redo (Ctrl+Shift+Z)">
          <Button icon={<RedoOutlined />} aria-label="Redo" disabled={!canRedo} onClick={onRedo} />
        </Tooltip>
        <Button onClick={onOpenProperties}>Properties</Button>
        <Button onClick={onOpenCss}>Edit CSS</Button>
        {isDirty ? (
          <Popconfirm
            title="Discard your changes?"
            description="The unsaved changes to this dashboard will be lost."
            okText="Discard"
            okButtonProps={{ danger: true }}
            cancelText="Keep editing"
            onConfirm={onDiscard}
          >
            <Button disabled={isSaving}>Discard</Button>
          </Popconfirm>
        ) : (
          <Button onClick={onDiscard} disabled={isSaving}>
            Discard
          </Button>
        )}
        <Button type="primary" onClick={onSave} loading={isSaving} disabled={!isDirty}>
          Save
        </Button>
      </Flex>
    </Flex>
  );
}
