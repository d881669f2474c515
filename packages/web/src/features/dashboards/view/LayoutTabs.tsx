import type { LayoutItem } from '@superset-ts/shared';
import { Tabs } from 'antd';
import styles from './DashboardLayout.module.css';
import type { LayoutRenderer } from './layout-renderer';
import { LayoutNode } from './LayoutNode';
import { activeTabOf } from './tab-state';

function tabLabel(tab: LayoutItem | undefined): string {
  const text = tab?.meta.text ?? tab?.meta.defaultText;
  return typeof text === 'string' && text.trim() !== '' ? text : 'Untitled tab';
}

/**
 * A TABS component: one tab shows at a time. A tab's content is drawn the first time it is
 * shown (and kept afterwards), so its charts are asked for only then.
 */
export function LayoutTabs({ item, renderer }: { item: LayoutItem; renderer: LayoutRenderer }) {
  const active = activeTabOf(item, renderer.activeTabs);
  return (
    <Tabs
      className={styles.tabs}
      activeKey={active}
      onChange={(tabId) => renderer.onChooseTab(item.id, tabId)}
      items={item.children.map((tabId) => ({
        key: tabId,
        label: tabLabel(renderer.layout[tabId]),
        children: <LayoutNode id={tabId} renderer={renderer} />,
      }))}
    />
  );
}
