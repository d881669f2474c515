import { PAGES } from '@superset-ts/shared';

/** What SQL Lab opens in a new tab when its URL asks (Superset's `/sqllab/?...` links). */
export type SqlLabLink =
  | { savedQueryId: number }
  | { databaseId: number; schema: string | null; sql: string; name?: string };

/** The SQL Lab URL that opens a saved query, or some SQL, in a new tab. */
export function openInSqlLabUrl(link: SqlLabLink): string {
  const params = new URLSearchParams();
  if ('savedQueryId' in link) {
    params.set('savedQueryId', String(link.savedQueryId));
  } else {
    params.set('dbid', String(link.databaseId));
    if (link.schema !== null) params.set('schema', link.schema);
    params.set('sql', link.sql);
    if (link.name) params.set('name', link.name);
  }
  return `${PAGES.sqlLab.path}?${params.toString()}`;
}

/** Reads a SQL Lab URL's request to open something, or null when it asks nothing. */
export function readSqlLabLink(search: URLSearchParams): SqlLabLink | null {
  const savedQueryId = Number(search.get('savedQueryId'));
  if (Number.isInteger(savedQueryId) && savedQueryId > 0) return { savedQueryId };
  const databaseId = Number(search.get('dbid'));
  const sql = search.get('sql');
  if (!Number.isInteger(databaseId) || databaseId <= 0 || sql === null) return null;
  const name = search.get('name');
  return {
    databaseId,
    schema: search.get('schema'),
    sql,
    ...(name ? { name } : {}),
  };
}
