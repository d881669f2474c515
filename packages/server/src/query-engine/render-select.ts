import type { Dialect } from '@superset-ts/engines';

/** One SELECT, in parts; every part is SQL already. */
export interface SelectParts {
  /** `expr AS "alias"` items. */
  items: readonly string[];
  from: string;
  /** `JOIN ... ON ...` lines. */
  joins?: readonly string[];
  where?: readonly string[];
  groupBy?: readonly string[];
  having?: readonly string[];
  orderBy?: readonly string[];
  /** Rows to return; null for all. */
  limit?: number | null;
  offset?: number;
}

/**
 * A SELECT in the engine's limit style: `LIMIT n OFFSET m`; `SELECT TOP n` (SQL Server),
 * which with an offset becomes `OFFSET m ROWS FETCH NEXT n ROWS ONLY` after an ORDER BY; or
 * `FETCH FIRST n ROWS ONLY` (Oracle, Db2), after `OFFSET m ROWS` when there is an offset.
 */
export function renderSelect(parts: SelectParts, dialect: Pick<Dialect, 'limitStyle'>): string {
  const limit = parts.limit ?? null;
  const offset = parts.offset ?? 0;
  const style = dialect.limitStyle;
  const useTop = style === 'top' && limit !== null && offset === 0;
  const lines = [`SELECT ${useTop ? `TOP ${limit} ` : ''}${parts.items.join(',\n       ')}`];
  lines.push(`FROM ${parts.from}`);
  lines.push(...(parts.joins ?? []));
  if (parts.where && parts.where.length > 0) lines.push(`WHERE ${parts.where.join('\n  AND ')}`);
  if (parts.groupBy && parts.groupBy.length > 0)
    lines.push(`GROUP BY ${parts.groupBy.join(',\n         ')}`);
  if (parts.having && parts.having.length > 0)
    lines.push(`HAVING ${parts.having.join('\n  AND ')}`);
  const orderBy = [...(parts.orderBy ?? [])];
  const needsOrder = style === 'top' && offset > 0 && orderBy.length === 0;
  if (needsOrder) orderBy.push('(SELECT NULL)');
  if (orderBy.length > 0) lines.push(`ORDER BY ${orderBy.join(',\n         ')}`);
  lines.push(...limitLines(style, limit, offset));
  return lines.join('\n');
}

function limitLines(style: Dialect['limitStyle'], limit: number | null, offset: number): string[] {
  switch (style) {
    case 'limit':
      return [
        ...(limit !== null ? [`LIMIT ${limit}`] : []),
        ...(offset > 0 ? [`OFFSET ${offset}`] : []),
      ];
    case 'top':
    case 'fetch_first':
      if (offset > 0) {
        return [
          `OFFSET ${offset} ROWS`,
          ...(limit !== null ? [`FETCH NEXT ${limit} ROWS ONLY`] : []),
        ];
      }
      return style === 'fetch_first' && limit !== null ? [`FETCH FIRST ${limit} ROWS ONLY`] : [];
  }
}
