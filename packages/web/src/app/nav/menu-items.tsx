import type { MenuEntry } from '@superset-ts/shared';
import type { MenuProps } from 'antd';
import { loadPage } from '../full-page-navigation';

export type MenuItems = NonNullable<MenuProps['items']>;

/** A key unique in the menu: the names from the top entry down, e.g. "/Settings/Security". */
function menuKey(parentKey: string, entry: MenuEntry): string {
  return `${parentKey}/${entry.name}`;
}

function toLabel(entry: MenuEntry) {
  return entry.url ? <a href={entry.url}>{entry.label}</a> : entry.label;
}

/**
 * Turns the server's menu entries into antd menu items, keeping their order. Inside a
 * dropdown an entry with children becomes a labelled group (Superset's "Security", "Manage").
 */
export function toMenuItems(entries: readonly MenuEntry[], parentKey = ''): MenuItems {
  return entries.map((entry) => {
    const key = menuKey(parentKey, entry);
    if (entry.children && entry.children.length > 0) {
      const children = toMenuItems(entry.children, key);
      return parentKey === ''
        ? { key, label: entry.label, children }
        : { key, type: 'group' as const, label: entry.label, children };
    }
    return { key, label: toLabel(entry) };
  });
}

/** The key of the entry whose page is shown, so the menu can highlight it. */
export function findActiveKey(
  entries: readonly MenuEntry[],
  pathname: string,
  parentKey = '',
): string | undefined {
  for (const entry of entries) {
    const key = menuKey(parentKey, entry);
    if (entry.url === pathname) return key;
    const childKey = entry.children ? findActiveKey(entry.children, pathname, key) : undefined;
    if (childKey) return childKey;
  }
  return undefined;
}

/** The URL of every entry that has one, by menu key. */
export function collectUrls(
  entries: readonly MenuEntry[],
  parentKey = '',
  urls = new Map<string, string>(),
): Map<string, string> {
  for (const entry of entries) {
    const key = menuKey(parentKey, entry);
    if (entry.url) urls.set(key, entry.url);
    if (entry.children) collectUrls(entry.children, key, urls);
  }
  return urls;
}

/**
 * A menu click handler that follows an item's link when the link itself was not the target:
 * Enter on a menu item, or a click on the item's padding, reaches the menu and not the link.
 * Clicks on the link stay native, which keeps middle-click and "open in new tab".
 */
export function followItemLinks(
  urls: ReadonlyMap<string, string>,
): NonNullable<MenuProps['onClick']> {
  return ({ key, domEvent }) => {
    const url = urls.get(key);
    const isOnLink = domEvent.target instanceof Element && domEvent.target.closest('a') !== null;
    if (url && !isOnLink) loadPage(url);
  };
}
