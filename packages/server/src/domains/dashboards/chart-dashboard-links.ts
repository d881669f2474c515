import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartDashboards } from '../charts/chart-dashboards.js';
import { dashboardVisibilityOf, requireDashboardOwnership } from './dashboard-access.js';
import { appendChartRow, parseLayout } from './dashboard-layout.js';
import { dashboardLinks } from './dashboard-links.repository.js';
import { DashboardInvalidError } from './dashboard.errors.js';
import { dashboardRepository } from './dashboard.repository.js';

/** What linking charts to dashboards needs. */
export interface ChartDashboardLinksDeps {
  metadataDb: MetadataDb;
  adminRoleName?: string;
  isRbacEnabled: () => boolean;
  now?: () => Date;
}

/**
 * The dashboards side of a chart: which dashboards it is on, and putting it on more when a
 * chart is saved with `dashboards` (Explore's "Add to dashboard").
 */
export function createChartDashboardLinks(deps: ChartDashboardLinksDeps): ChartDashboards {
  const { kysely } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());
  const visibilityOf = (actor: Actor) =>
    dashboardVisibilityOf(actor, {
      isRbacEnabled: deps.isRbacEnabled(),
      ...(deps.adminRoleName === undefined ? {} : { adminRoleName: deps.adminRoleName }),
    });

  return {
    async dashboardsOf(actor, chartIds) {
      const byChart = await dashboardLinks.dashboardsOfCharts(kysely, chartIds);
      const allIds = [...new Set([...byChart.values()].flat().map((dashboard) => dashboard.id))];
      const visible = new Set(
        await dashboardRepository.visibleIds(kysely, allIds, visibilityOf(actor)),
      );
      const result = new Map<number, { id: number; dashboard_title: string }[]>();
      for (const [chartId, dashboards] of byChart) {
        result.set(
          chartId,
          dashboards.filter((dashboard) => visible.has(dashboard.id)),
        );
      }
      return result;
    },

    async requireAddable(actor, chartId, dashboardIds) {
      const already = new Set(
        chartId === null
          ? []
          : ((await dashboardLinks.dashboardsOfCharts(kysely, [chartId])).get(chartId) ?? []).map(
              (dashboard) => dashboard.id,
            ),
      );
      const unique = [...new Set(dashboardIds)].filter((id) => !already.has(id));
      if (unique.length === 0) return;
      const visibility = visibilityOf(actor);
      const found = await Promise.all(
        unique.map((id) => dashboardRepository.find(kysely, String(id), visibility)),
      );
      const missing = unique.filter((_id, index) => found[index] === undefined);
      if (missing.length > 0) {
        throw new DashboardInvalidError({
          dashboards: [`No dashboard you may see has the id ${missing.join(', ')}.`],
        });
      }
      for (const record of found) {
        if (record) requireDashboardOwnership(actor, record, deps.adminRoleName);
      }
    },

    async addChart(actor, chartId, dashboardIds) {
      if (dashboardIds.length === 0) return;
      const userId = actor.kind === 'user' ? actor.userId : null;
      const saved = await kysely
        .selectFrom('slices')
        .select(['id', 'uuid', 'slice_name'])
        .where('id', '=', chartId)
        .executeTakeFirst();
      if (!saved) return;
      const chart = { id: saved.id, uuid: saved.uuid, sliceName: saved.slice_name ?? '' };
      for (const dashboardId of new Set(dashboardIds)) {
        await kysely.transaction().execute(async (trx) => {
          const onIt = await dashboardLinks.chartIdsOf(trx, dashboardId);
          if (onIt.includes(chart.id)) return;
          const row = await trx
            .selectFrom('dashboards')
            .select(['position_json', 'dashboard_title'])
            .where('id', '=', dashboardId)
            .executeTakeFirst();
          if (!row) return;
          const layout = appendChartRow(
            parseLayout(row.position_json),
            chart,
            row.dashboard_title ?? '',
          );
          await trx
            .updateTable('dashboards')
            .set({
              position_json: JSON.stringify(layout),
              changed_on: now(),
              ...(userId === null ? {} : { changed_by_fk: userId }),
            })
            .where('id', '=', dashboardId)
            .execute();
          await trx
            .insertInto('dashboard_slices')
            .values({ dashboard_id: dashboardId, slice_id: chart.id })
            .execute();
        });
      }
    },
  };
}
