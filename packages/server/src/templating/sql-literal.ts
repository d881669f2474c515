import { TemplateError } from './template-error.js';

/**
 * Engines whose single-quoted strings treat a backslash as an escape character, so a value
 * ending in `\` would otherwise swallow the closing quote.
 */
const BACKSLASH_ESCAPING_ENGINES: ReadonlySet<string> = new Set([
  'bigquery',
  'clickhousedb',
  'databricks',
  'hive',
  'impala',
  'mariadb',
  'mysql',
  'redshift',
  'snowflake',
  'sparksql',
]);

/**
 * The inside of a single-quoted SQL string literal for `engine`: quotes doubled, and
 * backslashes doubled where the engine reads them as escapes.
 */
export function escapeSqlString(engine: string, value: string): string {
  const quoted = value.replace(/'/g, "''");
  return BACKSLASH_ESCAPING_ENGINES.has(engine) ? quoted.replace(/\\/g, '\\\\') : quoted;
}

/**
 * A value as a SQL literal, as SQLAlchemy renders a bound value with `literal_binds`:
 * strings quoted, numbers as written, booleans as `true`/`false`, None as `NULL`.
 *
 * @throws TemplateError for lists, mappings and other values with no literal form.
 */
export function sqlLiteral(engine: string, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return `'${escapeSqlString(engine, value)}'`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TemplateError('render', `${String(value)} has no SQL literal form.`);
    }
    return String(value);
  }
  throw new TemplateError(
    'render',
    `A ${Array.isArray(value) ? 'list' : 'mapping'} cannot be written as one SQL value.`,
  );
}
