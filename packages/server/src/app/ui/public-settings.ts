import type { Config } from '../../config/index.js';
import type { PublicSettings } from './bootstrap-payload.js';

/** The part of the config that pages may see: names, flags and switches, never a secret. */
export function publicSettingsFrom(config: Config, version: string): PublicSettings {
  return {
    appName: config.APP_NAME,
    version,
    featureFlags: config.FEATURE_FLAGS,
    authType: config.AUTH_TYPE,
    authUserRegistration: config.AUTH_USER_REGISTRATION,
    oauthProviders:
      config.AUTH_TYPE === 'AUTH_OAUTH'
        ? config.OAUTH_PROVIDERS.map((provider) => ({
            name: provider.name,
            icon: provider.icon ?? null,
          }))
        : [],
    environmentTag: config.ENVIRONMENT_TAG
      ? { text: config.ENVIRONMENT_TAG.text, color: config.ENVIRONMENT_TAG.color }
      : null,
    mapboxApiKey: config.MAPBOX_API_KEY,
    webserverDomains: config.SUPERSET_WEBSERVER_DOMAINS ?? [],
  };
}
