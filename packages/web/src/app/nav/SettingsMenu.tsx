import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { PAGES, SERVER_PATHS, type MenuEntry } from '@superset-ts/shared';
import { Button, Dropdown } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { collectUrls, followItemLinks, toMenuItems, type MenuItems } from './menu-items';
import styles from './NavBar.module.css';

/** Name of the menu entry whose children belong in the Settings dropdown. */
export const SETTINGS_ENTRY_NAME = 'Settings';

const SETTINGS_KEY = `/${SETTINGS_ENTRY_NAME}`;
const LOGOUT_KEY = 'logout';
const INFO_KEY = 'user-info';

function buildItems(settings: MenuEntry | undefined, version: string): MenuItems {
  const settingsItems = settings?.children ? toMenuItems(settings.children, SETTINGS_KEY) : [];
  return [
    ...settingsItems,
    ...(settingsItems.length > 0 ? [{ type: 'divider' as const }] : []),
    {
      key: 'user',
      type: 'group',
      label: 'User',
      children: [
        {
          key: INFO_KEY,
          icon: <UserOutlined aria-hidden />,
          label: <a href={PAGES.userInfo.path}>Info</a>,
        },
        {
          key: LOGOUT_KEY,
          icon: <LogoutOutlined aria-hidden />,
          label: <a href={SERVER_PATHS.logout}>Logout</a>,
        },
      ],
    },
    { type: 'divider' },
    {
      key: 'about',
      type: 'group',
      label: 'About',
      children: [
        {
          key: 'version',
          label: <span className={styles.version}>Version {version}</span>,
          disabled: true,
        },
      ],
    },
  ];
}

/**
 * Renders the menu inside the sticky header rather than at the end of the page, so it stays
 * under its button while the page scrolls instead of being moved back after each scroll.
 */
function popupInsideStickyHeader(trigger: HTMLElement): HTMLElement {
  return trigger.closest('header') ?? document.body;
}

/**
 * Moves the keyboard focus into the opened menu, as antd's `autoFocus` would, but without
 * scrolling: the popup is first rendered before it is placed under its button, and a plain
 * `focus()` there scrolls the page and moves the menu under the pointer.
 */
function useFocusFirstItemWithoutScrolling(
  isOpen: boolean,
  popupRef: RefObject<HTMLDivElement | null>,
) {
  useEffect(() => {
    if (!isOpen) return;
    const frame = requestAnimationFrame(() => {
      popupRef.current
        ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
        ?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [isOpen, popupRef]);
}

/** The right-hand "Settings" dropdown: settings pages, the user section and the version. */
export function SettingsMenu({
  settings,
  version,
}: {
  settings: MenuEntry | undefined;
  version: string;
}) {
  const urls = collectUrls(settings?.children ?? [], SETTINGS_KEY);
  urls.set(LOGOUT_KEY, SERVER_PATHS.logout);
  urls.set(INFO_KEY, PAGES.userInfo.path);
  const [isOpen, setOpen] = useState(false);
  const popupRef = useRef<HTMLDivElement>(null);
  useFocusFirstItemWithoutScrolling(isOpen, popupRef);
  return (
    <Dropdown
      trigger={['click']}
      open={isOpen}
      onOpenChange={setOpen}
      popupRender={(menu) => <div ref={popupRef}>{menu}</div>}
      getPopupContainer={popupInsideStickyHeader}
      placement="bottomRight"
      menu={{
        items: buildItems(settings, version),
        onClick: followItemLinks(urls),
        'aria-label': 'Settings',
      }}
      overlayClassName={styles.settingsOverlay}
    >
      <Button type="text" className={styles.settingsButton}>
        Settings <DownOutlined aria-hidden className={styles.caret} />
      </Button>
    </Dropdown>
  );
}
