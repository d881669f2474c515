import type { MenuEntry } from '@superset-ts/shared';
import { Menu } from 'antd';
import { useLocation } from 'react-router';
import { collectUrls, findActiveKey, followItemLinks, toMenuItems } from './menu-items';
import styles from './NavBar.module.css';

/** The top-level menu entries the server sent, left to right in its order. */
export function MainMenu({ entries }: { entries: readonly MenuEntry[] }) {
  const { pathname } = useLocation();
  if (entries.length === 0) return <div className={styles.spacer} />;
  const activeKey = findActiveKey(entries, pathname);
  return (
    <Menu
      className={styles.mainMenu}
      style={{ borderBottom: 'none' }}
      mode="horizontal"
      aria-label="Main"
      items={toMenuItems(entries)}
      onClick={followItemLinks(collectUrls(entries))}
      selectedKeys={activeKey ? [activeKey] : []}
    />
  );
}
