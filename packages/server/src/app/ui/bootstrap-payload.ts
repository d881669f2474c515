import type { Bootstrap, CurrentUser, MenuEntry } from '@superset-ts/shared';

/** The parts of the config that reach the browser; nothing secret is in here. */
export interface PublicSettings {
  appName: string;
  version: string;
  featureFlags: Readonly<Record<string, boolean>>;
  authType: Bootstrap['common']['auth_type'];
  authUserRegistration: boolean;
  environmentTag: Bootstrap['common']['environment_tag'];
}

/**
 * The navigation a user sees. Entries appear as their capability lands, so that a menu
 * never links to a page that does not exist yet; today no capability page exists beyond
 * the welcome page, which the brand links to.
 */
export function buildMenu(user: CurrentUser | null): MenuEntry[] {
  if (!user) return [];
  return [];
}

/** What the server embeds in a page for this user. */
export function buildBootstrap(
  settings: PublicSettings,
  user: CurrentUser | null,
  flashMessages: Bootstrap['common']['flash_messages'] = [],
): Bootstrap {
  return {
    user,
    common: {
      app_name: settings.appName,
      version: settings.version,
      feature_flags: { ...settings.featureFlags },
      menu: buildMenu(user),
      auth_type: settings.authType,
      auth_user_registration: settings.authUserRegistration,
      environment_tag: settings.environmentTag,
      flash_messages: flashMessages,
    },
  };
}
