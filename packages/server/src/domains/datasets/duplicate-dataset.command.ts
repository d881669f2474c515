import type { DatasetDuplicate } from '@superset-ts/shared';
import type { Actor } from '../../security/access/actor.js';
import { datasetVisibilityOf } from './dataset-access.js';
import {
  inTransaction,
  loadAggregate,
  resolveOwners,
  writeMetaOf,
  type DatasetContext,
} from './dataset-context.js';
import { requireSourceAccess } from './dataset-source-access.js';
import { DatasetInvalidError } from './dataset.errors.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { datasetPermissions } from './dataset-permissions.js';
import { datasetPermsOf } from './dataset-perms.js';
import { datasetRepository } from './dataset.repository.js';
import { isVirtual } from './dataset-source.js';

/**
 * Superset's DuplicateDatasetCommand (`POST duplicate`): a copy of a virtual dataset the
 * actor may see, under a new name in the same database and schema, with its SQL, settings,
 * columns and metrics; the actor owns the copy.
 */
export async function duplicateDataset(
  context: DatasetContext,
  actor: Actor,
  body: DatasetDuplicate,
): Promise<{ id: number; result: Record<string, unknown> }> {
  const { kysely, dialect } = context.metadataDb;
  const base = await loadAggregate(kysely, body.base_model_id, datasetVisibilityOf(actor));
  const { dataset } = base;
  if (!isVirtual(dataset)) {
    throw new DatasetInvalidError({ base_model_id: ['Only virtual datasets can be duplicated'] });
  }
  // A copy is a new dataset without the original's row level security rules: authorised as
  // creating one.
  await requireSourceAccess(context, actor, dataset.database_id);
  const identity = {
    database_id: dataset.database_id,
    catalog: dataset.catalog,
    schema: dataset.schema,
    table_name: body.table_name,
  };
  await datasetRepository.requireUnique(kysely, identity);
  const owners = (await resolveOwners(context, actor, [], true)) ?? [];
  const meta = writeMetaOf(context, actor);
  const id = await inTransaction(context, async (trx) => {
    const newId = await datasetRepository.insert(
      trx,
      dialect,
      {
        ...identity,
        sql: dataset.sql,
        main_dttm_col: dataset.main_dttm_col,
        default_endpoint: dataset.default_endpoint,
        offset: dataset.offset,
        description: dataset.description,
        cache_timeout: dataset.cache_timeout,
        filter_select_enabled: dataset.filter_select_enabled,
        fetch_values_predicate: dataset.fetch_values_predicate,
        is_sqllab_view: dataset.is_sqllab_view,
        template_params: dataset.template_params,
        extra: dataset.extra,
        normalize_columns: dataset.normalize_columns,
        always_filter_main_dttm: dataset.always_filter_main_dttm,
        is_managed_externally: false,
        external_url: null,
        perm: null,
        schema_perm: null,
        catalog_perm: null,
      },
      meta,
    );
    const perms = datasetPermsOf(dataset.database_name, { id: newId, ...identity });
    await datasetRepository.update(trx, newId, perms, meta);
    const copy = <
      T extends { id: number; uuid: string; created_on: Date | null; changed_on: Date | null },
    >({
      id: _id,
      uuid: _uuid,
      created_on: _c,
      changed_on: _m,
      ...values
    }: T) => values;
    await datasetPartsRepository.saveColumns(trx, newId, base.columns.map(copy), meta);
    await datasetPartsRepository.saveMetrics(trx, newId, base.metrics.map(copy), meta);
    await datasetPartsRepository.setOwners(trx, newId, owners);
    await datasetPermissions.create(trx, perms);
    return newId;
  });
  return { id, result: { ...body } };
}
