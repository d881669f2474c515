import { CHART_API_PATH, encodeRison, type ChartListItem } from '@superset-ts/shared';
import type { ExamplesApi } from '../examples-api.js';
import type { ExamplesProgress } from '../examples-progress.js';
import type { ExampleChartDefinition } from './example-definitions.js';
import { exampleUuid } from './example-uuid.js';
import { requireOk } from './examples-api-calls.js';
import { noCounts, summaryOf, type KindCounts } from './object-counts.js';
import { runTask } from './run-task.js';

/** A saved example chart, as a layout needs it. */
export interface SavedChart {
  id: number;
  sliceName: string;
  uuid: string;
}

/** The charts of a run: by definition key, and what was done. */
export interface AppliedCharts {
  byKey: Map<string, SavedChart>;
  counts: KindCounts;
}

/** The charts on a dataset (every page). */
async function chartsOfDataset(api: ExamplesApi, datasetId: number): Promise<ChartListItem[]> {
  const charts: ChartListItem[] = [];
  for (let page = 0; ; page += 1) {
    const q = encodeRison({
      filters: [{ col: 'datasource_id', opr: 'eq', value: datasetId }],
      page,
      page_size: 100,
    });
    const body = await requireOk<{ result: ChartListItem[] }>(
      api,
      { kind: 'chart', name: `charts of dataset ${datasetId}` },
      'GET',
      `${CHART_API_PATH}?q=${q}`,
    );
    charts.push(...body.result);
    if (body.result.length < 100) return charts;
  }
}

/** The fields of a chart's create or update body that come from its definition. */
export function chartBodyOf(
  definition: ExampleChartDefinition,
  datasetId: number,
): Record<string, unknown> {
  const params = {
    ...definition.params,
    viz_type: definition.vizType,
    datasource: `${datasetId}__table`,
  };
  return {
    slice_name: definition.sliceName,
    viz_type: definition.vizType,
    description: definition.description ?? null,
    params: JSON.stringify(params),
    datasource_id: datasetId,
    datasource_type: 'table',
  };
}

/**
 * Creates the example charts that are missing and, with `recreate`, brings existing ones back
 * to their definitions. A chart is found by its stable uuid, else by name on its dataset.
 */
export async function applyCharts(
  api: ExamplesApi,
  definitions: readonly ExampleChartDefinition[],
  datasetIds: ReadonlyMap<string, number>,
  recreate: boolean,
  progress: ExamplesProgress,
): Promise<AppliedCharts> {
  const counts = noCounts();
  const byKey = new Map<string, SavedChart>();
  await runTask(progress, 'charts', definitions.length, async (task) => {
    const existingByUuid = new Map<string, ChartListItem>();
    const existingByName = new Map<string, ChartListItem>();
    for (const datasetId of new Set(definitions.map((chart) => datasetIds.get(chart.table)))) {
      if (datasetId === undefined) continue;
      for (const chart of await chartsOfDataset(api, datasetId)) {
        existingByUuid.set(chart.uuid, chart);
        existingByName.set(`${datasetId}|${chart.slice_name}`, chart);
      }
    }
    for (const definition of definitions) {
      const datasetId = datasetIds.get(definition.table);
      if (datasetId === undefined) throw new Error(`no example dataset over ${definition.table}`);
      const uuid = exampleUuid('chart', definition.key);
      const found =
        existingByUuid.get(uuid) ?? existingByName.get(`${datasetId}|${definition.sliceName}`);
      const about = { kind: 'chart' as const, name: definition.sliceName };
      const body = chartBodyOf(definition, datasetId);
      let id: number;
      if (found === undefined) {
        id = (
          await requireOk<{ id: number }>(api, about, 'POST', CHART_API_PATH, { ...body, uuid })
        ).id;
        counts.created += 1;
      } else {
        id = found.id;
        if (recreate) {
          await requireOk(api, about, 'PUT', `${CHART_API_PATH}${id}`, {
            ...body,
            query_context: null,
          });
          counts.updated += 1;
        } else {
          counts.unchanged += 1;
        }
      }
      byKey.set(definition.key, {
        id,
        sliceName: recreate || !found ? definition.sliceName : found.slice_name,
        uuid: found?.uuid ?? uuid,
      });
      task.advance(1);
    }
    return summaryOf(counts);
  });
  return { byKey, counts };
}
