import type { Actor } from '../../security/access/actor.js';
import type { ChartRecord } from './chart.record.js';
import { ChartForbiddenError } from './chart.errors.js';

/** The default of AUTH_ROLE_ADMIN, the role whose holders change any chart. */
export const DEFAULT_ADMIN_ROLE = 'Admin';

/** Whether the actor may change the chart: an admin (AUTH_ROLE_ADMIN) or one of its owners. */
export function isChartOwner(
  actor: Actor,
  record: ChartRecord,
  adminRoleName: string = DEFAULT_ADMIN_ROLE,
): boolean {
  if (actor.roles.includes(adminRoleName)) return true;
  return actor.kind === 'user' && record.owners.some((owner) => owner.id === actor.userId);
}

/** Superset's `check_ownership`: throws ChartForbiddenError unless owner or admin. */
export function requireChartOwnership(
  actor: Actor,
  record: ChartRecord,
  adminRoleName: string = DEFAULT_ADMIN_ROLE,
): void {
  if (!isChartOwner(actor, record, adminRoleName)) throw new ChartForbiddenError(record.id);
}
