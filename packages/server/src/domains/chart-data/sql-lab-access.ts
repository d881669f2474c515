import { hasPermission, type Actor } from '../../security/access/actor.js';
import { databaseVisibilityOf } from '../databases/database-access.js';

/**
 * Whether the actor could run SQL of their own on a database in SQL Lab: `can_execute_sql_query`
 * on SQLLab and access to that database. Such callers may send free-text SQL in chart queries
 * and see the database's own error text.
 */
export function hasSqlLabAccessTo(actor: Actor, databaseId: number): boolean {
  if (!hasPermission(actor, 'can_execute_sql_query', 'SQLLab')) return false;
  const visible = databaseVisibilityOf(actor);
  return visible.kind === 'all' || visible.ids.includes(databaseId);
}
