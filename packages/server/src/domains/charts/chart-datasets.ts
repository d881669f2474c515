import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { AppError } from '../../errors/app-error.js';
import { datasetGrantCondition, datasetGrantsOf } from './dataset-grants.js';

/** Whether an actor may use a dataset, or that no dataset has the id. */
export type DatasetAccess = 'granted' | 'denied' | 'missing';

/** What charts and Explore need to know about datasets. */
export interface ChartDatasets {
  accessOf(actor: Actor, datasetId: number): Promise<DatasetAccess>;
  /** The facts a chart copies when saved (its name and access permissions), or undefined. */
  describe(datasetId: number): Promise<DatasetFacts | undefined>;
}

/** A dataset's name and the permissions that grant it (Superset copies them onto the chart). */
export interface DatasetFacts {
  id: number;
  table_name: string;
  schema: string | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
}

/** The part of the datasets capability charts rely on (DatasetsCapability satisfies it). */
export interface DatasetAccessCapability<Dataset> {
  /** The dataset with no access check; throws a 404 AppError when absent. */
  getQueryDatasetUnchecked(id: number): Promise<Dataset>;
  canAccessDataset(actor: Actor, dataset: Dataset): boolean | Promise<boolean>;
}

type Db = Kysely<MetadataSchema>;

/** Access decided by the datasets capability, so charts and datasets never disagree. */
export function accessFromCapability<Dataset>(
  datasets: DatasetAccessCapability<Dataset>,
): ChartDatasets['accessOf'] {
  return async (actor, datasetId) => {
    let dataset: Dataset;
    try {
      dataset = await datasets.getQueryDatasetUnchecked(datasetId);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return 'missing';
      throw error;
    }
    return (await datasets.canAccessDataset(actor, dataset)) ? 'granted' : 'denied';
  };
}

/** Access decided from the actor's data grants on the `tables` row (the chart list's rule). */
export function accessFromGrants(db: Db): ChartDatasets['accessOf'] {
  return async (actor, datasetId) => {
    const grants = datasetGrantsOf(actor);
    const found = db.selectFrom('tables as t').select('t.id').where('t.id', '=', datasetId);
    if (!(await found.executeTakeFirst())) return 'missing';
    const granted = await found.where((eb) => datasetGrantCondition(eb, grants)).executeTakeFirst();
    return granted ? 'granted' : 'denied';
  };
}

/** Charts' view of datasets: `accessOf` as given, facts read from `tables`. */
export function createChartDatasets(db: Db, accessOf: ChartDatasets['accessOf']): ChartDatasets {
  return {
    accessOf,
    async describe(datasetId) {
      return db
        .selectFrom('tables')
        .select(['id', 'table_name', 'schema', 'perm', 'schema_perm', 'catalog_perm'])
        .where('id', '=', datasetId)
        .executeTakeFirst();
    },
  };
}
