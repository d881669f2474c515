import { isKeyword, tokenizeSql, withoutTrailingSemicolon } from './sql-tokens.js';

/**
 * Limits a statement without wrapping it in a subquery, for engines that cannot run one
 * (Elasticsearch SQL, Pinot): a trailing `LIMIT m` is lowered to `n` when larger (kept when
 * smaller), otherwise `LIMIT n` is appended. The result never returns more than `n` rows.
 */
export function limitWithTrailingClause(sql: string, limit: number): string {
  const n = Math.max(0, Math.floor(limit));
  const statement = withoutTrailingSemicolon(sql);
  const tokens = tokenizeSql(statement, [
    ['"', '"'],
    ['`', '`'],
  ]);
  const count = tokens.at(-1);
  const keyword = tokens.at(-2);
  if (count?.kind === 'number' && count.depth === 0 && isKeyword(keyword, 'LIMIT')) {
    if (Number(count.text) <= n) return statement;
    return `${statement.slice(0, count.start)}${n}${statement.slice(count.end)}`;
  }
  return `${statement}\nLIMIT ${n}`;
}
