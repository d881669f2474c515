import type { MetadataDb } from '../../db/index.js';
import type { RecentActivityRecord } from './log.record.js';

/**
 * The records with the title of the dashboard or chart each concerns (and the dashboard's
 * slug, for its link), read in one query per kind; items deleted since keep null.
 */
export async function withItemTitles(
  kysely: MetadataDb['kysely'],
  records: readonly RecentActivityRecord[],
): Promise<RecentActivityRecord[]> {
  const dashboardIds = [
    ...new Set(records.flatMap((r) => (r.dashboard_id ? [r.dashboard_id] : []))),
  ];
  const sliceIds = [
    ...new Set(records.flatMap((r) => (!r.dashboard_id && r.slice_id ? [r.slice_id] : []))),
  ];
  const [dashboards, slices] = await Promise.all([
    dashboardIds.length === 0
      ? []
      : kysely
          .selectFrom('dashboards')
          .select(['id', 'dashboard_title', 'slug'])
          .where('id', 'in', dashboardIds)
          .execute(),
    sliceIds.length === 0
      ? []
      : kysely
          .selectFrom('slices')
          .select(['id', 'slice_name'])
          .where('id', 'in', sliceIds)
          .execute(),
  ]);
  const dashboardById = new Map(dashboards.map((d) => [d.id, d]));
  const sliceById = new Map(slices.map((s) => [s.id, s]));
  return records.map((record) => {
    if (record.dashboard_id) {
      const dashboard = dashboardById.get(record.dashboard_id);
      return {
        ...record,
        item_title: dashboard?.dashboard_title ?? null,
        dashboard_slug: dashboard?.slug ?? null,
      };
    }
    const slice = record.slice_id ? sliceById.get(record.slice_id) : undefined;
    return { ...record, item_title: slice?.slice_name ?? null, dashboard_slug: null };
  });
}
