import { sql, type Expression, type SqlBool } from 'kysely';

/** Escapes LIKE's wildcards with `!` (an escape every backend accepts without quoting rules). */
function likePattern(value: string, prefix: string, suffix: string): string {
  return `${prefix}${value.replace(/[!%_]/g, (char) => `!${char}`)}${suffix}`;
}

/**
 * FAB's text filter operators on a column: `eq`/`neq` compare exactly; `ct`, `nct`, `sw` and
 * `ew` ignore case (FAB's ilike), lowering both sides with the backend's own `lower` so the
 * three backends agree.
 */
export function textFilter(
  column: Expression<string>,
  operator: string,
  value: string,
): Expression<SqlBool> {
  const like = (pattern: string) =>
    sql<SqlBool>`lower(${column}) like lower(${pattern}) escape '!'`;
  switch (operator) {
    case 'eq':
      return sql<SqlBool>`${column} = ${value}`;
    case 'neq':
      return sql<SqlBool>`${column} <> ${value}`;
    case 'ct':
      return like(likePattern(value, '%', '%'));
    case 'nct':
      return sql<SqlBool>`not (${like(likePattern(value, '%', '%'))})`;
    case 'sw':
      return like(likePattern(value, '', '%'));
    case 'ew':
      return like(likePattern(value, '%', ''));
    default:
      throw new TypeError(`Unsupported text operator "${operator}"`);
  }
}
