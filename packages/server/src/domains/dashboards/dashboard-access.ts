import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DashboardsTable, MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import {
  datasetGrantCondition,
  datasetGrantsOf,
  type DatasetGrants,
} from '../charts/dataset-grants.js';
import type { DashboardRecord } from './dashboard.record.js';
import { DashboardForbiddenError } from './dashboard.errors.js';

/** The default of AUTH_ROLE_ADMIN, whose holders see and change every dashboard. */
export const DEFAULT_ADMIN_ROLE = 'Admin';

/** Who may see which dashboards, decided once per request from the actor. */
export type DashboardVisibility =
  | { kind: 'all' }
  | {
      kind: 'some';
      userId: number | null;
      roleNames: readonly string[];
      grants: DatasetGrants;
      /** DASHBOARD_RBAC: dashboards with roles are shown to those roles only. */
      isRbacEnabled: boolean;
    };

/** The actor's dashboard visibility: admins see all, others as DashboardAccessFilter says. */
export function dashboardVisibilityOf(
  actor: Actor,
  options: { adminRoleName?: string; isRbacEnabled: boolean },
): DashboardVisibility {
  if (actor.roles.includes(options.adminRoleName ?? DEFAULT_ADMIN_ROLE)) return { kind: 'all' };
  return {
    kind: 'some',
    userId: actor.kind === 'user' ? actor.userId : null,
    roleNames: actor.roles,
    grants: datasetGrantsOf(actor),
    isRbacEnabled: options.isRbacEnabled,
  };
}

/** The scope of a dashboard query: the dashboard aliased `d`. */
export type DashboardScope = ExpressionBuilder<MetadataSchema & { d: DashboardsTable }, 'd'>;

function hasRoles(eb: DashboardScope): Expression<SqlBool> {
  return eb.exists(
    eb.selectFrom('dashboard_roles as vr').select('vr.id').whereRef('vr.dashboard_id', '=', 'd.id'),
  );
}

/** At least one chart of the dashboard is on a dataset the grants cover. */
function hasReadableChart(eb: DashboardScope, grants: DatasetGrants): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('dashboard_slices as vds')
      .innerJoin('slices as vs', 'vs.id', 'vds.slice_id')
      .innerJoin('tables as t', (join) =>
        join.onRef('t.id', '=', 'vs.datasource_id').on('vs.datasource_type', '=', 'table'),
      )
      .select('vds.id')
      .whereRef('vds.dashboard_id', '=', 'd.id')
      .where((inner) => datasetGrantCondition(inner as never, grants)),
  );
}

/**
 * Superset's DashboardAccessFilter as a condition on `d`: everything for admins; otherwise
 * the dashboards the user owns, the published ones with a chart on a dataset the user may
 * read (with DASHBOARD_RBAC only those without roles), and (with DASHBOARD_RBAC) the
 * published ones shown to one of the user's roles.
 */
export function dashboardVisibleCondition(
  eb: DashboardScope,
  visibility: DashboardVisibility,
): Expression<SqlBool> {
  if (visibility.kind === 'all') return sql<SqlBool>`1 = 1`;
  const published = eb('d.published', '=', true);
  const clauses: Expression<SqlBool>[] = [];
  if (visibility.userId !== null) {
    clauses.push(
      eb(
        'd.id',
        'in',
        eb
          .selectFrom('dashboard_user as vu')
          .select('vu.dashboard_id')
          .where('vu.user_id', '=', visibility.userId),
      ),
    );
  }
  const byData: Expression<SqlBool>[] = [published];
  if (visibility.isRbacEnabled) byData.push(eb.not(hasRoles(eb)));
  if (visibility.grants.kind !== 'all') byData.push(hasReadableChart(eb, visibility.grants));
  clauses.push(eb.and(byData));
  if (visibility.isRbacEnabled && visibility.roleNames.length > 0) {
    clauses.push(
      eb.and([
        published,
        eb(
          'd.id',
          'in',
          eb
            .selectFrom('dashboard_roles as vr')
            .innerJoin('ab_role as r', 'r.id', 'vr.role_id')
            .select('vr.dashboard_id')
            .where('r.name', 'in', [...visibility.roleNames]),
        ),
      ]),
    );
  }
  return eb.or(clauses);
}

/** Whether the actor may change the dashboard: an admin or one of its owners. */
export function isDashboardOwner(
  actor: Actor,
  record: DashboardRecord,
  adminRoleName: string = DEFAULT_ADMIN_ROLE,
): boolean {
  if (actor.roles.includes(adminRoleName)) return true;
  return actor.kind === 'user' && record.owners.some((owner) => owner.id === actor.userId);
}

/** Superset's `check_ownership`: throws DashboardForbiddenError unless owner or admin. */
export function requireDashboardOwnership(
  actor: Actor,
  record: DashboardRecord,
  adminRoleName?: string,
): void {
  if (!isDashboardOwner(actor, record, adminRoleName)) throw new DashboardForbiddenError(record.id);
}
