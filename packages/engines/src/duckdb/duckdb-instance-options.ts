import type { ConnectionSettings } from '../connection/connection-settings.js';

/**
 * What every instance opened for user statements is locked to (Redash's CVE-2026-77371):
 * no file, network or extension access beyond the database file itself, and no statement
 * may change that afterwards (`SET enable_external_access = true` fails).
 */
export const LOCKED_DOWN_OPTIONS: Readonly<Record<string, string>> = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  allow_community_extensions: 'false',
  lock_configuration: 'true',
};

/**
 * DuckDB's configuration for a client: the allow-listed tuning options, read-only access
 * when the URI or connect_args ask for it (files only: memory cannot be read-only), then
 * the locked-down settings, which nothing overrides.
 */
export function duckDbInstanceOptions(
  settings: ConnectionSettings,
  isMemory: boolean,
): Record<string, string> {
  const option = (name: string) => settings.connectArgs[name] ?? settings.query[name];
  const options: Record<string, string> = {};
  const threads = option('threads');
  if (threads !== undefined) options.threads = String(threads);
  const memoryLimit = option('memory_limit');
  if (memoryLimit !== undefined) options.memory_limit = String(memoryLimit);
  const accessMode = String(option('access_mode') ?? '').toLowerCase();
  const isReadOnly = option('read_only') === true || accessMode === 'read_only';
  if (!isMemory) options.access_mode = isReadOnly ? 'READ_ONLY' : 'READ_WRITE';
  return { ...options, ...LOCKED_DOWN_OPTIONS };
}
