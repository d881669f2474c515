import type { MyRoles } from '@superset-ts/shared';
import {
  createDashboard,
  fetchDashboards,
  type DashboardListRequest,
} from '../../../api/dashboards';

/** A dashboard the Save dialog may add the chart to, by id and title. */
export interface DashboardChoice {
  id: number;
  title: string;
}

/** Where a save adds the chart: a dashboard the user picked, or a new one named by them. */
export type DashboardTarget = DashboardChoice | { title: string; isNew: true };

/** What the user may do with dashboards when saving a chart, from their roles. */
export interface DashboardSaveRights {
  /** Admins may add charts to any dashboard; others only to those they own. */
  isAdmin: boolean;
  /** `can_write` on Dashboard: may create a dashboard by typing a new name. */
  canCreate: boolean;
}

/** The dashboard rights of a user with these roles (Superset's `isUserAdmin` reads the role name). */
export function dashboardSaveRights(roles: MyRoles['roles'] | undefined): DashboardSaveRights {
  const pairs = Object.values(roles ?? {}).flat();
  return {
    isAdmin: Object.keys(roles ?? {}).includes('Admin'),
    canCreate: pairs.some(([action, view]) => action === 'can_write' && view === 'Dashboard'),
  };
}

/**
 * The dashboards list query of the Save dialog: titles containing `search`, by title, and for
 * non-admins only the dashboards `userId` owns (those they may add a chart to).
 */
export function editableDashboardsRequest(
  search: string,
  userId: number | undefined,
  isAdmin: boolean,
): DashboardListRequest {
  const filters: DashboardListRequest['filters'] = [];
  if (search) filters.push({ col: 'dashboard_title', opr: 'ct', value: search });
  if (!isAdmin && userId !== undefined) {
    filters.push({ col: 'owners', opr: 'rel_m_m', value: userId });
  }
  return {
    filters,
    order_column: 'dashboard_title',
    order_direction: 'asc',
    page: 0,
    page_size: 100,
  };
}

/** The first 100 dashboards the user may add the chart to whose title contains `search`. */
export async function fetchEditableDashboards(
  search: string,
  userId: number | undefined,
  isAdmin: boolean,
): Promise<DashboardChoice[]> {
  const page = await fetchDashboards(editableDashboardsRequest(search, userId, isAdmin));
  return page.result.map((dashboard) => ({ id: dashboard.id, title: dashboard.dashboard_title }));
}

/**
 * The dashboard a save adds the chart to, created first when the user typed a new name
 * (titled as typed, owned by them).
 */
export async function resolveDashboardTarget(target: DashboardTarget): Promise<DashboardChoice> {
  if ('id' in target) return target;
  const id = await createDashboard({ dashboard_title: target.title });
  return { id, title: target.title };
}
