import { Tabs } from 'antd';
import { ChartsPanel } from './ChartsPanel';
import { LayoutElementsPanel } from './LayoutElementsPanel';
import styles from './DashboardEditor.module.css';

/** The editor's side panel: the user's charts and the layout elements, to drag or add. */
export function EditorSidePanel() {
  return (
    <aside className={styles.sidePanel} aria-label="Add to the dashboard">
      <Tabs
        items={[
          { key: 'charts', label: 'Charts', children: <ChartsPanel /> },
          { key: 'layout', label: 'Layout elements', children: <LayoutElementsPanel /> },
        ]}
      />
    </aside>
  );
}
