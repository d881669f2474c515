/** `SELECT TOP n` already in the statement, right after its first keyword. */
const LEADING_TOP = /^(\s*(?:SELECT|SEL)\s+TOP\s+)(\d+)(?=\s)/i;
/** A plain leading SELECT (or Teradata's SEL), not followed by DISTINCT, ALL or TOP. */
const LEADING_SELECT = /^(\s*(?:SELECT|SEL))(?=\s)(?!\s+(?:DISTINCT|ALL|TOP)\b)/i;

/**
 * Limits a Teradata statement with TOP, as Superset does: Teradata has no LIMIT, and a
 * derived table may not hold ORDER BY, so TOP goes into the statement's own SELECT when it
 * can (an existing smaller TOP wins). Anything else (WITH, DISTINCT, SAMPLE) is wrapped.
 */
export function limitWithTop(sql: string, limit: number): string {
  const n = Math.max(0, Math.floor(limit));
  const statement = sql.trim().replace(/;+\s*$/, '');
  const top = LEADING_TOP.exec(statement);
  if (top) {
    return statement.replace(
      LEADING_TOP,
      (_whole, head: string, count: string) => `${head}${Math.min(Number(count), n)}`,
    );
  }
  if (LEADING_SELECT.test(statement) && !/\bSAMPLE\s+\d/i.test(statement)) {
    return statement.replace(LEADING_SELECT, `$1 TOP ${n}`);
  }
  return `SELECT TOP ${n} *\nFROM (\n${statement}\n) AS inner_qry`;
}
