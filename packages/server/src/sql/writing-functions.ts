/**
 * Functions that change data or server state, or run SQL hidden inside a string argument,
 * even when called from a plain SELECT. A read-only connection must refuse them as it
 * refuses INSERT: `SELECT set_config(...)` and `SELECT lo_import(...)` are known bypasses.
 */
const WRITING_FUNCTIONS: ReadonlySet<string> = new Set([
  // PostgreSQL: settings, sequences, server control and files.
  'set_config',
  'nextval',
  'setval',
  'lowrite',
  'pg_terminate_backend',
  'pg_cancel_backend',
  'pg_reload_conf',
  'pg_rotate_logfile',
  'pg_promote',
  'pg_switch_wal',
  'pg_switch_xlog',
  'pg_create_restore_point',
  'pg_backup_start',
  'pg_backup_stop',
  'pg_start_backup',
  'pg_stop_backup',
  'pg_wal_replay_pause',
  'pg_wal_replay_resume',
  'pg_import_system_collations',
  'pg_logical_emit_message',
  'pg_notify',
  'pg_read_file',
  'pg_read_binary_file',
  'pg_stat_file',
  'pg_log_backend_memory_contexts',
  // PostgreSQL: run a query given as text, which the guard cannot see.
  'query_to_xml',
  'query_to_xmlschema',
  'query_to_xml_and_xmlschema',
  'cursor_to_xml',
  'table_to_xml',
  'table_to_xmlschema',
  'table_to_xml_and_xmlschema',
  'schema_to_xml',
  'database_to_xml',
  // MySQL: files and locks.
  'load_file',
  'get_lock',
  'release_lock',
  'release_all_locks',
  'sys_exec',
  'sys_eval',
  // SQL Server: queries against other servers.
  'openrowset',
  'opendatasource',
  'openquery',
]);

/** Families named by prefix: large objects, advisory locks, replication, server files, dblink. */
const WRITING_PREFIXES: readonly string[] = [
  'lo_',
  'pg_advisory_',
  'pg_try_advisory_',
  'pg_stat_reset',
  'pg_create_',
  'pg_drop_',
  'pg_copy_',
  'pg_replication_',
  'pg_file_',
  'pg_ls_',
  'dblink',
];

/** Whether calling `name` (any case, without schema) can write or run hidden SQL. */
export function isWritingFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    WRITING_FUNCTIONS.has(lower) || WRITING_PREFIXES.some((prefix) => lower.startsWith(prefix))
  );
}
