import { hasPermission, type Actor } from '../../security/access/actor.js';
import type { DatabaseVisibility } from './database.record.js';

/** The permission that grants one database, on its view menu `[name].(id:N)`. */
export const DATABASE_ACCESS_PERMISSION = 'database_access';

/** Superset's `Database.perm`: the view menu of a database's access permission. */
export function databaseViewMenu(name: string, id: number): string {
  return `[${name}].(id:${id})`;
}

const VIEW_MENU_ID = /\(id:(\d+)\)$/;
const ACCESS_PREFIX = `${DATABASE_ACCESS_PERMISSION}|`;

/**
 * Which databases an actor may use: every one with `all_database_access` or
 * `all_datasource_access`, otherwise those it holds `database_access` on. The id is read from
 * the view menu, so a rename (which renames the view menu) never changes who sees what.
 */
export function databaseVisibilityOf(actor: Actor): DatabaseVisibility {
  if (
    hasPermission(actor, 'all_database_access', 'all_database_access') ||
    hasPermission(actor, 'all_datasource_access', 'all_datasource_access')
  ) {
    return { kind: 'all' };
  }
  const ids: number[] = [];
  for (const key of actor.permissions) {
    if (!key.startsWith(ACCESS_PREFIX)) continue;
    const id = VIEW_MENU_ID.exec(key.slice(ACCESS_PREFIX.length))?.[1];
    if (id !== undefined) ids.push(Number(id));
  }
  return { kind: 'ids', ids };
}
