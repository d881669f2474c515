import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { loadOwnedAggregate, writeMetaOf, type DatasetContext } from './dataset-context.js';
import { syncColumns, syncMetrics, type SyncReport } from './dataset-columns-sync.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { datasetRepository, type WriteMeta } from './dataset.repository.js';
import type { DatasetAggregate } from './dataset.record.js';
import { readColumnsFrom } from './read-source.js';

/** Applies a sync of the source's columns to a loaded dataset, in the given transaction. */
export async function applySourceSync(
  context: DatasetContext,
  aggregate: DatasetAggregate,
  trxOrDb: Kysely<MetadataSchema> | null,
  meta: WriteMeta,
): Promise<SyncReport> {
  const { dataset } = aggregate;
  const database = await context.databases.getById(dataset.database_id);
  const source = await readColumnsFrom(context, database, dataset);
  const sync = syncColumns(aggregate.columns, source);
  const write = async (db: Kysely<MetadataSchema>) => {
    await datasetPartsRepository.saveColumns(db, dataset.id, sync.columns, meta);
    await datasetPartsRepository.saveMetrics(db, dataset.id, syncMetrics(aggregate.metrics), meta);
    await datasetRepository.update(
      db,
      dataset.id,
      { main_dttm_col: dataset.main_dttm_col ?? sync.firstTemporal },
      meta,
    );
  };
  if (trxOrDb) await write(trxOrDb);
  else await context.metadataDb.kysely.transaction().execute(write);
  return sync.report;
}

/**
 * Superset's RefreshDatasetCommand (`PUT {pk}/refresh`): reads the source's columns again
 * and syncs them, keeping what users edited on columns that are still there. Owners and
 * admins only.
 */
export async function refreshDataset(
  context: DatasetContext,
  actor: Actor,
  id: number,
): Promise<SyncReport> {
  const aggregate = await loadOwnedAggregate(context, actor, id);
  return applySourceSync(context, aggregate, null, writeMetaOf(context, actor));
}
