import {
  isKeyword,
  tokenizeSql,
  withoutTrailingSemicolon,
  type IdentifierQuote,
  type SqlToken,
} from '../spec/sql-tokens.js';

const QUOTES: readonly IdentifierQuote[] = [
  ['[', ']'],
  ['"', '"'],
];
const COMPOUND = ['UNION', 'EXCEPT', 'INTERSECT', 'OFFSET'];

/**
 * `SELECT TOP n * FROM (...) AS inner_qry`. SQL Server refuses a CTE inside a derived
 * table, so a leading `WITH` clause stays in front (Superset's `allows_cte_in_subquery`).
 */
function wrapWithTop(statement: string, main: SqlToken | undefined, n: number): string {
  const hasWith = main !== undefined && /^\s*WITH\b/i.test(statement);
  const prefix = hasWith ? statement.slice(0, main.start) : '';
  const body = hasWith ? statement.slice(main.start) : statement;
  return `${prefix}SELECT TOP ${n} *\nFROM (\n${body}\n) AS inner_qry`;
}

/** The literal row count of an existing `TOP n` / `TOP (n)`, or null for any other form. */
function existingTop(tokens: readonly SqlToken[], topIndex: number): SqlToken | null {
  const parenthesised = tokens[topIndex + 1]?.text === '(';
  const count = tokens[topIndex + (parenthesised ? 2 : 1)];
  const after = tokens[topIndex + (parenthesised ? 4 : 2)];
  if (parenthesised && tokens[topIndex + 3]?.text !== ')') return null;
  if (count?.kind !== 'number' || count.text.includes('.')) return null;
  return isKeyword(after, 'PERCENT') ? null : count;
}

/**
 * Limits a statement to `limit` rows the way SQL Server accepts: `TOP n` goes into the
 * outer SELECT (so an ORDER BY stays valid, which a derived table would refuse), an
 * existing smaller TOP is kept and a larger one lowered. UNION-like and OFFSET queries,
 * and TOP forms that are not a plain number, are wrapped instead.
 */
export function limitWithTop(sql: string, limit: number): string {
  const n = Math.max(0, Math.floor(limit));
  const statement = withoutTrailingSemicolon(sql);
  const tokens = tokenizeSql(statement, QUOTES);
  const selectIndex = tokens.findIndex((token) => token.depth === 0 && isKeyword(token, 'SELECT'));
  const main = tokens[selectIndex];
  const isCompound = tokens.some(
    (token) => token.depth === 0 && COMPOUND.some((word) => isKeyword(token, word)),
  );
  if (main === undefined || isCompound) return wrapWithTop(statement, main, n);

  let index = selectIndex + 1;
  if (isKeyword(tokens[index], 'DISTINCT') || isKeyword(tokens[index], 'ALL')) index += 1;
  const anchor = tokens[index - 1] ?? main;
  if (!isKeyword(tokens[index], 'TOP')) {
    return `${statement.slice(0, anchor.end)} TOP ${n}${statement.slice(anchor.end)}`;
  }
  const count = existingTop(tokens, index);
  if (count === null) return wrapWithTop(statement, main, n);
  if (Number(count.text) <= n) return statement;
  return `${statement.slice(0, count.start)}${n}${statement.slice(count.end)}`;
}
