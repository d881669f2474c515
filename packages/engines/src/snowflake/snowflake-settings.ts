import type { ConnectionSettings, OptionValue } from '../connection/connection-settings.js';
import { EngineError } from '../spec/engine-error.js';

function present(value: OptionValue | undefined): boolean {
  return value !== undefined && String(value).trim() !== '';
}

/**
 * What Snowflake needs before Test Connection can check the role and the warehouse: an
 * account (the host), a database, a role and a warehouse, the last two from the URI query
 * (`?role=...&warehouse=...`) or from connect_args. Throws CONNECTION_MISSING_PARAMETERS_ERROR
 * naming every missing one.
 */
export function validateSnowflakeSettings(settings: ConnectionSettings): void {
  const option = (name: string) => settings.query[name] ?? settings.connectArgs[name];
  const missing = [
    present(settings.host) ? null : 'account',
    present(settings.database) ? null : 'database',
    present(option('role')) ? null : 'role',
    present(option('warehouse')) ? null : 'warehouse',
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    throw new EngineError(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
      `One or more parameters are missing: ${missing.join(', ')}.`,
      { missing },
    );
  }
}
