import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Tabs, Tooltip } from 'antd';
import { useState } from 'react';
import styles from './SqlLab.module.css';

function RenameTabModal({
  label,
  onRename,
  onClose,
}: {
  label: string;
  onRename: (label: string) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState(label);
  const trimmed = text.trim();
  const handleOk = () => {
    if (!trimmed) return;
    onRename(trimmed);
    onClose();
  };
  return (
    <Modal
      open
      title="Rename tab"
      okText="Rename"
      okButtonProps={{ disabled: !trimmed }}
      onOk={handleOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input
        aria-label="Tab name"
        autoFocus
        maxLength={256}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPressEnter={handleOk}
      />
    </Modal>
  );
}

/**
 * The editor's tabs: open one, add one (+), close one (×, or Delete on the focused tab), and
 * rename the open one (double-click its name or the pencil at the end of the bar).
 */
export function EditorTabsBar({
  tabs,
  activeId,
  onActivate,
  onAdd,
  onClose,
  onRename,
}: {
  tabs: readonly { id: number; label: string }[];
  activeId: number | null;
  onActivate: (id: number) => void;
  onAdd: () => void;
  onClose: (id: number) => void;
  onRename: (id: number, label: string) => void;
}) {
  const [renaming, setRenaming] = useState<{ id: number; label: string } | null>(null);
  const active = tabs.find((tab) => tab.id === activeId);
  return (
    <>
      <Tabs
        className={styles.tabsBar}
        type="editable-card"
        size="small"
        activeKey={activeId === null ? undefined : String(activeId)}
        onChange={(key) => onActivate(Number(key))}
        onEdit={(key, action) => {
          if (action === 'add') onAdd();
          else if (typeof key === 'string') onClose(Number(key));
        }}
        tabBarExtraContent={
          active && (
            <Tooltip title="Rename this tab">
              <Button
                type="text"
                size="small"
                icon={<EditOutlined />}
                aria-label="Rename tab"
                onClick={() => setRenaming(active)}
              />
            </Tooltip>
          )
        }
        items={tabs.map((tab) => ({
          key: String(tab.id),
          label: (
            <span onDoubleClick={() => setRenaming(tab)} title="Double-click to rename">
              {tab.label}
            </span>
          ),
        }))}
      />
      {renaming && (
        <RenameTabModal
          label={renaming.label}
          onRename={(label) => onRename(renaming.id, label)}
          onClose={() => setRenaming(null)}
        />
      )}
    </>
  );
}
