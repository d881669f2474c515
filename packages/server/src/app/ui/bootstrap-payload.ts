import type { Bootstrap, CurrentUser, MenuEntry } from '@superset-ts/shared';

/** The parts of the config that reach the browser; nothing secret is in here. */
export interface PublicSettings {
  appName: string;
  version: string;
  featureFlags: Readonly<Record<string, boolean>>;
  authType: Bootstrap['common']['auth_type'];
  authUserRegistration: boolean;
  oauthProviders: Bootstrap['common']['oauth_providers'];
  environmentTag: Bootstrap['common']['environment_tag'];
  /** MAPBOX_API_KEY, a token meant for browsers; empty when none is configured. */
  mapboxApiKey: string;
  /** SUPERSET_WEBSERVER_DOMAINS: host names dashboards spread chart requests over. */
  webserverDomains?: readonly string[];
}

/** What the server embeds in a page for this user. */
export function buildBootstrap(
  settings: PublicSettings,
  user: CurrentUser | null,
  menu: MenuEntry[],
  flashMessages: Bootstrap['common']['flash_messages'] = [],
): Bootstrap {
  return {
    user,
    common: {
      app_name: settings.appName,
      version: settings.version,
      feature_flags: { ...settings.featureFlags },
      menu,
      auth_type: settings.authType,
      auth_user_registration: settings.authUserRegistration,
      oauth_providers: settings.oauthProviders.map((provider) => ({ ...provider })),
      environment_tag: settings.environmentTag,
      ...(settings.mapboxApiKey ? { mapbox_api_key: settings.mapboxApiKey } : {}),
      ...(settings.webserverDomains?.length
        ? { superset_webserver_domains: [...settings.webserverDomains] }
        : {}),
      flash_messages: flashMessages,
    },
  };
}
