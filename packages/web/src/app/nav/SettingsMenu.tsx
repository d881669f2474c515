import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { PAGES, SERVER_PATHS, type MenuEntry } from '@superset-ts/shared';
import { Button, Dropdown } from 'antd';
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
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
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
