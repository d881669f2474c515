import { hasPermission, type Actor } from '../../security/access/actor.js';
import type { QueryRecord, QueryVisibility } from './query.record.js';

/** Superset's `all_query_access`: see and manage every user's SQL Lab queries. */
export function canAccessAllQueries(actor: Actor): boolean {
  return hasPermission(actor, 'all_query_access', 'all_query_access');
}

/** Which queries an actor may see: all of them with all_query_access, else their own. */
export function queryVisibilityOf(actor: Actor): QueryVisibility {
  if (canAccessAllQueries(actor)) return { kind: 'all' };
  return { kind: 'user', userId: actor.kind === 'user' ? actor.userId : null };
}

/** Whether the actor owns the query or may see every query. */
export function canSeeQuery(actor: Actor, query: QueryRecord): boolean {
  const visibility = queryVisibilityOf(actor);
  return (
    visibility.kind === 'all' || (query.user_id !== null && query.user_id === visibility.userId)
  );
}
