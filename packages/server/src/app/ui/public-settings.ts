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
    environmentTag: config.ENVIRONMENT_TAG
      ? { text: config.ENVIRONMENT_TAG.text, color: config.ENVIRONMENT_TAG.color }
      : null,
  };
}
