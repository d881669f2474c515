import type { Config } from '../../../config/index.js';

/** The settings that decide what happens to a person an external provider vouched for. */
export interface RegistrationSettings {
  /** AUTH_USER_REGISTRATION: create unknown users at their first login. */
  isRegistrationEnabled: boolean;
  /** AUTH_USER_REGISTRATION_ROLE: the role every registered user gets. */
  registrationRole: string;
  /** AUTH_ROLES_MAPPING: provider group or role key -> Superset role names. */
  rolesMapping: Readonly<Record<string, readonly string[]>>;
  /** AUTH_ROLES_SYNC_AT_LOGIN: recompute an existing user's roles at every login. */
  isRoleSyncAtLogin: boolean;
}

/** The registration settings of a config. */
export function registrationSettingsFrom(config: Config): RegistrationSettings {
  return {
    isRegistrationEnabled: config.AUTH_USER_REGISTRATION,
    registrationRole: config.AUTH_USER_REGISTRATION_ROLE,
    rolesMapping: config.AUTH_ROLES_MAPPING,
    isRoleSyncAtLogin: config.AUTH_ROLES_SYNC_AT_LOGIN,
  };
}

/**
 * The role names a person gets from their provider groups (AUTH_ROLES_MAPPING), plus
 * AUTH_USER_REGISTRATION_ROLE when registration is on, as Flask-AppBuilder computes them.
 * Names only: whether those roles exist is checked against the database by the caller.
 */
export function roleNamesFor(groups: readonly string[], settings: RegistrationSettings): string[] {
  const names = new Set<string>();
  for (const group of groups) {
    // Own keys only: a group called "constructor" must not reach Object.prototype.
    if (!Object.hasOwn(settings.rolesMapping, group)) continue;
    for (const role of settings.rolesMapping[group] ?? []) names.add(role);
  }
  if (settings.isRegistrationEnabled) names.add(settings.registrationRole);
  return [...names].sort();
}
