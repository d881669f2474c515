import {
  DATASETS_API_PATH,
  encodeRison,
  type DatasetColumnInput,
  type DatasetDetail,
  type DatasetListItem,
  type DatasetUpdate,
} from '@superset-ts/shared';
import type { ExamplesApi } from '../examples-api.js';
import type { ExamplesProgress } from '../examples-progress.js';
import { EXAMPLE_TABLE_SCHEMAS } from '../table-schemas.js';
import type { ExampleDatasetDefinition } from './example-definitions.js';
import { exampleUuid } from './example-uuid.js';
import { requireOk, type ExampleObjectRef } from './examples-api-calls.js';
import { noCounts, summaryOf, type KindCounts } from './object-counts.js';
import { runTask } from './run-task.js';

/** The datasets of a run: their ids by table, and what was done. */
export interface AppliedDatasets {
  idsByTable: Map<string, number>;
  counts: KindCounts;
}

/** The physical datasets of the database, by table name (every page). */
async function datasetsOfDatabase(
  api: ExamplesApi,
  databaseId: number,
): Promise<Map<string, DatasetListItem>> {
  const byTable = new Map<string, DatasetListItem>();
  const about: ExampleObjectRef = { kind: 'dataset', name: `datasets of database ${databaseId}` };
  for (let page = 0; ; page += 1) {
    const q = encodeRison({
      filters: [{ col: 'database', opr: 'rel_o_m', value: databaseId }],
      page,
      page_size: 100,
    });
    const body = await requireOk<{ count: number; result: DatasetListItem[] }>(
      api,
      about,
      'GET',
      `${DATASETS_API_PATH}?q=${q}`,
    );
    for (const item of body.result) {
      if (item.kind === 'physical' && !byTable.has(item.table_name))
        byTable.set(item.table_name, item);
    }
    if (body.result.length < 100) return byTable;
  }
}

/**
 * The `PUT` that brings a dataset to its definition: every physical column (with its
 * settings), the calculated columns and metrics of the definition (ids kept by name).
 */
export function datasetUpdateOf(
  definition: ExampleDatasetDefinition,
  detail: DatasetDetail,
): DatasetUpdate {
  const schema = EXAMPLE_TABLE_SCHEMAS.find((table) => table.name === definition.table);
  const physical: DatasetColumnInput[] = detail.columns
    .filter((column) => !column.expression)
    .map((column) => {
      const settings = definition.columns?.[column.column_name];
      return {
        id: column.id,
        column_name: column.column_name,
        verbose_name: settings?.verboseName ?? null,
        description: settings?.description ?? null,
        groupby: settings?.groupby ?? true,
        filterable: settings?.filterable ?? true,
        python_date_format: settings?.pythonDateFormat ?? null,
        ...(settings?.isDttm === undefined ? {} : { is_dttm: settings.isDttm }),
      };
    });
  const existingColumn = new Map(detail.columns.map((column) => [column.column_name, column.id]));
  const calculated: DatasetColumnInput[] = (definition.calculatedColumns ?? []).map((column) => ({
    ...(existingColumn.has(column.name) ? { id: existingColumn.get(column.name) } : {}),
    column_name: column.name,
    expression: column.expression,
    type: column.type,
    verbose_name: column.verboseName ?? null,
    is_dttm: column.isDttm ?? false,
    groupby: true,
    filterable: true,
  }));
  const existingMetric = new Map(detail.metrics.map((metric) => [metric.metric_name, metric.id]));
  return {
    description: schema?.description ?? null,
    main_dttm_col: definition.mainDttmCol,
    cache_timeout: definition.cacheTimeout ?? null,
    columns: [...physical, ...calculated],
    metrics: definition.metrics.map((metric) => ({
      ...(existingMetric.has(metric.name) ? { id: existingMetric.get(metric.name) } : {}),
      metric_name: metric.name,
      expression: metric.expression,
      verbose_name: metric.verboseName ?? null,
      d3format: metric.d3format ?? null,
      description: metric.description ?? null,
    })),
  };
}

async function putDefinition(
  api: ExamplesApi,
  id: number,
  definition: ExampleDatasetDefinition,
): Promise<void> {
  const about: ExampleObjectRef = { kind: 'dataset', name: definition.table };
  const detail = await requireOk<{ result: DatasetDetail }>(
    api,
    about,
    'GET',
    `${DATASETS_API_PATH}${id}`,
  );
  await requireOk(
    api,
    about,
    'PUT',
    `${DATASETS_API_PATH}${id}`,
    datasetUpdateOf(definition, detail.result),
  );
}

/**
 * Creates the example datasets that are missing and, with `recreate`, brings the existing
 * ones back to their definitions (same ids).
 */
export async function applyDatasets(
  api: ExamplesApi,
  definitions: readonly ExampleDatasetDefinition[],
  options: { databaseId: number; recreate: boolean },
  progress: ExamplesProgress,
): Promise<AppliedDatasets> {
  const counts = noCounts();
  const idsByTable = new Map<string, number>();
  await runTask(progress, 'datasets', definitions.length, async (task) => {
    const existing = await datasetsOfDatabase(api, options.databaseId);
    for (const definition of definitions) {
      const found = existing.get(definition.table);
      if (found === undefined) {
        const created = await requireOk<{ id: number }>(
          api,
          { kind: 'dataset', name: definition.table },
          'POST',
          DATASETS_API_PATH,
          {
            database: options.databaseId,
            table_name: definition.table,
            uuid: exampleUuid('dataset', definition.table),
          },
        );
        await putDefinition(api, created.id, definition);
        idsByTable.set(definition.table, created.id);
        counts.created += 1;
      } else if (options.recreate) {
        await putDefinition(api, found.id, definition);
        idsByTable.set(definition.table, found.id);
        counts.updated += 1;
      } else {
        idsByTable.set(definition.table, found.id);
        counts.unchanged += 1;
      }
      task.advance(1);
    }
    return summaryOf(counts);
  });
  return { idsByTable, counts };
}
