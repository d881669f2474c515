import type {
  DatasetDetail,
  DatasetListItem,
  DatasetListQuery,
  DatasetRelatedObjects,
} from '@superset-ts/shared';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { Actor } from '../../security/access/actor.js';
import { canAccessDataset, datasetVisibilityOf } from './dataset-access.js';
import { loadAggregate, type DatasetContext } from './dataset-context.js';
import { DatasetAccessDeniedError } from './dataset.errors.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { presentDatasetDetail, presentDatasetListItem } from './dataset.presenter.js';
import { datasetRepository } from './dataset.repository.js';
import type { DatasetAggregate } from './dataset.record.js';
import { presentExploreDatasource } from './explore-datasource.presenter.js';
import { toQueryDataset } from './query-dataset.mapper.js';

const ALL = { kind: 'all' } as const;

/**
 * Reading datasets: the list and detail of those the actor may see (Superset's
 * DatasourceFilter applied in the base query), what uses a dataset, and the dataset as the
 * query engine and Explore need it, access-checked.
 */
export function createDatasetReader(context: DatasetContext) {
  const { kysely } = context.metadataDb;

  const engineOf = (aggregate: DatasetAggregate) =>
    context.databases.engineOf(aggregate.dataset.database_uri);

  /** A dataset by id whoever asks; 404 when it does not exist. */
  const loadUnchecked = (id: number) => loadAggregate(kysely, id, ALL);

  /** A dataset the actor may query: 404 when absent, 403 without data access. */
  const loadReadable = async (actor: Actor, id: number) => {
    const aggregate = await loadUnchecked(id);
    if (!canAccessDataset(actor, aggregate.dataset)) {
      throw new DatasetAccessDeniedError(id);
    }
    return aggregate;
  };

  return {
    async list(actor: Actor, query: DatasetListQuery) {
      const page = await datasetRepository.list(kysely, query, datasetVisibilityOf(actor));
      const owners = await datasetPartsRepository.ownersOf(
        kysely,
        page.records.map((record) => record.id),
      );
      const now = context.now();
      const items: DatasetListItem[] = page.records.map((record) =>
        presentDatasetListItem(record, owners.get(record.id) ?? [], now),
      );
      return { count: page.count, items };
    },

    async get(actor: Actor, id: number): Promise<DatasetDetail> {
      const aggregate = await loadAggregate(kysely, id, datasetVisibilityOf(actor));
      const { backend, spec } = engineOf(aggregate);
      return presentDatasetDetail(
        aggregate,
        { backend, dialect: spec?.dialect ?? null, allowMultiCatalog: false },
        context.now(),
      );
    },

    async relatedObjects(actor: Actor, id: number): Promise<DatasetRelatedObjects> {
      await datasetRepository.get(kysely, id, datasetVisibilityOf(actor));
      const charts = await context.relatedCharts(id);
      return {
        charts: { count: charts.length, result: charts },
        // Dashboards do not exist in this build yet: none can use a dataset.
        dashboards: { count: 0, result: [] },
      };
    },

    async getQueryDataset(actor: Actor, id: number): Promise<QueryDataset> {
      const aggregate = await loadReadable(actor, id);
      return toQueryDataset(aggregate, engineOf(aggregate).spec?.dialect ?? null);
    },

    async getQueryDatasetUnchecked(id: number): Promise<QueryDataset> {
      const aggregate = await loadUnchecked(id);
      return toQueryDataset(aggregate, engineOf(aggregate).spec?.dialect ?? null);
    },

    async getExploreDatasource(actor: Actor, id: number): Promise<Record<string, unknown>> {
      const aggregate = await loadReadable(actor, id);
      return presentExploreDatasource(aggregate, engineOf(aggregate));
    },
  };
}

/** The dataset reader, as routes and the capability receive it. */
export type DatasetReader = ReturnType<typeof createDatasetReader>;
