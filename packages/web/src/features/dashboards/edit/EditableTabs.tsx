import { GRID_COLUMN_COUNT, type LayoutItem } from '@superset-ts/shared';
import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { EditableChildren } from './EditableChildren';
import { useEditorLayout } from './editor-layout-context';
import { findItem } from './layout-tree';
import styles from './DashboardEditor.module.css';

/** A TABS component in edit mode: tabs can be added, removed and renamed; each is a drop area. */
export function EditableTabs({ item }: { item: LayoutItem }) {
  const { layout, editMeta, remove, addTab } = useEditorLayout();
  const [activeKey, setActiveKey] = useState<string | undefined>(item.children[0]);
  const tabs = item.children.flatMap((tabId) => {
    const tab = findItem(layout, tabId);
    return tab ? [tab] : [];
  });
  const shownKey = tabs.some((tab) => tab.id === activeKey) ? activeKey : tabs[0]?.id;

  return (
    <Tabs
      type="editable-card"
      activeKey={shownKey}
      onChange={setActiveKey}
      addIcon={<span aria-label="Add tab">+</span>}
      onEdit={(target, action) => {
        if (action === 'add') addTab(item.id);
        else if (typeof target === 'string') remove(target);
      }}
      items={tabs.map((tab) => ({
        key: tab.id,
        closable: true,
        closeIcon: <span aria-label={`Delete tab ${tab.meta.text ?? ''}`}>×</span>,
        label: (
          <Typography.Text
            editable={{
              onChange: (text) => {
                if (text.trim()) editMeta(tab.id, { text: text.trim() });
              },
              triggerType: ['icon'],
              tooltip: 'Rename tab',
            }}
          >
            {tab.meta.text ?? tab.meta.defaultText ?? 'Tab'}
          </Typography.Text>
        ),
        children: (
          <div className={styles.stack} data-editor-grid>
            <EditableChildren
              parent={tab}
              direction="across"
              containerColumns={GRID_COLUMN_COUNT}
              emptyLabel="Drop components into this tab"
            />
          </div>
        ),
      }))}
    />
  );
}
