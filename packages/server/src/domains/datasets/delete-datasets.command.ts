import type { Actor } from '../../security/access/actor.js';
import { datasetVisibilityOf } from './dataset-access.js';
import {
  inTransaction,
  loadAggregates,
  requireOwner,
  type DatasetContext,
} from './dataset-context.js';
import { DatasetNotFoundError } from './dataset.errors.js';
import { datasetPermissions } from './dataset-permissions.js';
import { datasetRepository } from './dataset.repository.js';
import type { DatasetRecord } from './dataset.record.js';

/**
 * Superset's DeleteDatasetCommand for one dataset or many: every id must be a dataset the
 * actor may see (404) and own or administer (403) before any is deleted. Each goes with its
 * columns, metrics, owners and `datasource_access` permission (and every grant of it).
 */
export async function deleteDatasets(
  context: DatasetContext,
  actor: Actor,
  ids: readonly number[],
): Promise<number> {
  const { kysely } = context.metadataDb;
  const visibility = datasetVisibilityOf(actor);
  const records: DatasetRecord[] = [];
  for (const id of new Set(ids)) {
    const record = await datasetRepository.get(kysely, id, visibility).catch((error: unknown) => {
      if (error instanceof DatasetNotFoundError) throw new DatasetNotFoundError(id);
      throw error;
    });
    records.push(record);
  }
  const aggregates = await loadAggregates(kysely, records);
  for (const aggregate of aggregates) requireOwner(context, actor, aggregate);
  await inTransaction(context, async (trx) => {
    for (const { dataset } of aggregates) {
      await datasetPermissions.remove(trx, dataset);
      await datasetRepository.delete(trx, dataset.id);
    }
  });
  return aggregates.length;
}
