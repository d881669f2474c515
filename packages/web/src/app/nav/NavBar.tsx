import { PAGES } from '@superset-ts/shared';
import { Button } from 'antd';
import { useLocation } from 'react-router';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { BrandLink } from './BrandLink';
import { EnvironmentTag } from './EnvironmentTag';
import { MainMenu } from './MainMenu';
import { SETTINGS_ENTRY_NAME, SettingsMenu } from './SettingsMenu';
import styles from './NavBar.module.css';

/**
 * The top navigation bar: brand and environment on the left, the menu the server allowed in
 * the middle, Settings (or a login link for anonymous visitors) on the right.
 */
export function NavBar() {
  const { user, common } = useBootstrap();
  const { pathname } = useLocation();
  const settings = common.menu.find((entry) => entry.name === SETTINGS_ENTRY_NAME);
  const entries = common.menu.filter((entry) => entry.name !== SETTINGS_ENTRY_NAME);
  const isOnLoginPage = pathname === PAGES.login.path;

  return (
    <nav className={styles.navBar} aria-label="Primary">
      <BrandLink />
      {common.environment_tag && <EnvironmentTag tag={common.environment_tag} />}
      <MainMenu entries={entries} />
      {user ? (
        <SettingsMenu settings={settings} version={common.version} />
      ) : (
        !isOnLoginPage && (
          <Button type="primary" href={PAGES.login.path}>
            Login
          </Button>
        )
      )}
    </nav>
  );
}
