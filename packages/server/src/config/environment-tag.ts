import type { EnvironmentTag } from './config-types.js';
import { isSet, type Environment } from './read-environment.js';

interface EnvironmentTagSettings {
  readonly DEBUG: boolean;
  readonly ENVIRONMENT_TAG_CONFIG: {
    readonly variable: string;
    readonly values: Readonly<Record<string, { readonly text: string; readonly color: string }>>;
  };
}

/**
 * The menu-bar badge: the environment variable that ENVIRONMENT_TAG_CONFIG names (SUPERSET_ENV
 * by default) picks an entry of its values; in debug mode with the variable unset, "debug"
 * does. An entry with no text shows no badge.
 */
export function resolveEnvironmentTag(
  settings: EnvironmentTagSettings,
  env: Environment,
): EnvironmentTag | null {
  const { variable, values } = settings.ENVIRONMENT_TAG_CONFIG;
  const raw = env[variable];
  const name = isSet(raw) ? raw : settings.DEBUG ? 'debug' : undefined;
  if (name === undefined) return null;
  const tag = values[name];
  if (tag === undefined || tag.text === '') return null;
  return { text: tag.text, color: tag.color };
}
