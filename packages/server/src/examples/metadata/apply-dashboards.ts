import { DASHBOARD_API_PATH, type Dashboard } from '@superset-ts/shared';
import type { ExamplesApi } from '../examples-api.js';
import type { ExamplesProgress } from '../examples-progress.js';
import type { SavedChart } from './apply-charts.js';
import type { ExampleDashboardDefinition, ExampleIds } from './example-definitions.js';
import { exampleUuid } from './example-uuid.js';
import { findOk, requireOk } from './examples-api-calls.js';
import { buildLayout } from './layout-builder.js';
import { noCounts, summaryOf, type KindCounts } from './object-counts.js';
import { runTask } from './run-task.js';

/** The dashboards of a run: ids by slug, and what was done. */
export interface AppliedDashboards {
  idsBySlug: Map<string, number>;
  counts: KindCounts;
}

/** The body that saves a dashboard as defined, once its datasets and charts have ids. */
export function dashboardBodyOf(
  definition: ExampleDashboardDefinition,
  datasetIds: ReadonlyMap<string, number>,
  charts: ReadonlyMap<string, SavedChart>,
): Record<string, unknown> {
  const chartOf = (key: string): SavedChart => {
    const chart = charts.get(key);
    if (!chart) throw new Error(`the dashboard ${definition.slug} shows an unknown chart ${key}`);
    return chart;
  };
  const ids: ExampleIds = {
    datasetId(table) {
      const id = datasetIds.get(table);
      if (id === undefined) throw new Error(`no example dataset over ${table}`);
      return id;
    },
    chartId: (key) => chartOf(key).id,
  };
  return {
    dashboard_title: definition.title,
    slug: definition.slug,
    position_json: JSON.stringify(buildLayout(definition.title, definition.layout, chartOf)),
    json_metadata: JSON.stringify(definition.metadata(ids)),
    css: definition.css ?? '',
    published: true,
  };
}

/**
 * Creates the example dashboards that are missing (found by slug) and, with `recreate`,
 * brings the existing ones back to their definitions (same ids).
 */
export async function applyDashboards(
  api: ExamplesApi,
  definitions: readonly ExampleDashboardDefinition[],
  datasetIds: ReadonlyMap<string, number>,
  charts: ReadonlyMap<string, SavedChart>,
  recreate: boolean,
  progress: ExamplesProgress,
): Promise<AppliedDashboards> {
  const counts = noCounts();
  const idsBySlug = new Map<string, number>();
  await runTask(progress, 'dashboards', definitions.length, async (task) => {
    for (const definition of definitions) {
      const about = { kind: 'dashboard' as const, name: definition.title };
      const found = await findOk<{ result: Dashboard }>(
        api,
        about,
        `${DASHBOARD_API_PATH}${encodeURIComponent(definition.slug)}`,
      );
      if (found === undefined) {
        const body = {
          ...dashboardBodyOf(definition, datasetIds, charts),
          uuid: exampleUuid('dashboard', definition.slug),
        };
        const created = await requireOk<{ id: number }>(
          api,
          about,
          'POST',
          DASHBOARD_API_PATH,
          body,
        );
        idsBySlug.set(definition.slug, created.id);
        counts.created += 1;
      } else {
        const { id } = found.result;
        if (recreate) {
          const body = dashboardBodyOf(definition, datasetIds, charts);
          await requireOk(api, about, 'PUT', `${DASHBOARD_API_PATH}${id}`, body);
          counts.updated += 1;
        } else {
          counts.unchanged += 1;
        }
        idsBySlug.set(definition.slug, id);
      }
      task.advance(1);
    }
    return summaryOf(counts);
  });
  return { idsBySlug, counts };
}
