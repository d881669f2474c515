import type { DatasetUpdate } from '@superset-ts/shared';
import type { FieldProblems } from '../../app/validation/request-input.js';
import type { Actor } from '../../security/access/actor.js';
import {
  inTransaction,
  loadAggregate,
  loadOwnedAggregate,
  resolveOwners,
  writeMetaOf,
  type DatasetContext,
} from './dataset-context.js';
import {
  changesSource,
  requireSafeDefaultUrl,
  requireSourceAccess,
} from './dataset-source-access.js';
import {
  columnProblems,
  mergeColumns,
  mergeMetrics,
  metricProblems,
} from './dataset-parts-merge.js';
import { DatasetInvalidError } from './dataset.errors.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { datasetPermissions } from './dataset-permissions.js';
import { datasetPermsOf } from './dataset-perms.js';
import { datasetRepository } from './dataset.repository.js';
import type { DatasetRecord, DatasetValues } from './dataset.record.js';
import { applySourceSync } from './refresh-dataset.command.js';

function pick<T>(value: T | undefined, previous: T): T {
  return value === undefined ? previous : value;
}

const blankToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value;

/** The row values an update leaves (fields left out keep theirs). */
function valuesOf(
  body: DatasetUpdate,
  previous: DatasetRecord,
): Omit<DatasetValues, 'perm' | 'schema_perm' | 'catalog_perm'> {
  return {
    table_name: pick(body.table_name, previous.table_name),
    database_id: previous.database_id,
    catalog: pick(blankToNull(body.catalog), previous.catalog),
    schema: pick(blankToNull(body.schema), previous.schema),
    sql: pick(blankToNull(body.sql), previous.sql),
    main_dttm_col: pick(blankToNull(body.main_dttm_col), previous.main_dttm_col),
    default_endpoint: pick(blankToNull(body.default_endpoint), previous.default_endpoint),
    offset: pick(body.offset ?? undefined, previous.offset),
    description: pick(blankToNull(body.description), previous.description),
    cache_timeout: pick(body.cache_timeout, previous.cache_timeout),
    filter_select_enabled: pick(body.filter_select_enabled, previous.filter_select_enabled),
    fetch_values_predicate: pick(
      blankToNull(body.fetch_values_predicate),
      previous.fetch_values_predicate,
    ),
    is_sqllab_view: pick(body.is_sqllab_view, previous.is_sqllab_view),
    template_params: pick(blankToNull(body.template_params), previous.template_params),
    extra: pick(blankToNull(body.extra), previous.extra),
    normalize_columns: pick(body.normalize_columns, previous.normalize_columns),
    always_filter_main_dttm: pick(body.always_filter_main_dttm, previous.always_filter_main_dttm),
    is_managed_externally: pick(body.is_managed_externally, previous.is_managed_externally),
    external_url: pick(blankToNull(body.external_url), previous.external_url),
  };
}

/**
 * Superset's UpdateDatasetCommand (`PUT {pk}`, owners and admins): edits the dataset and,
 * when given, replaces its columns, metrics and owners (checked for duplicates, unknown ids
 * and clashes). The database cannot change. A rename moves its `datasource_access`
 * permission with it. With `override_columns` the columns are then synced from the source.
 */
export async function updateDataset(
  context: DatasetContext,
  actor: Actor,
  id: number,
  body: DatasetUpdate,
  isOverrideColumns: boolean,
): Promise<{ id: number; result: Record<string, unknown> }> {
  const aggregate = await loadOwnedAggregate(context, actor, id);
  const { dataset } = aggregate;
  if (changesSource(body, dataset)) await requireSourceAccess(context, actor, dataset.database_id);
  if (context.preventUnsafeDefaultUrls !== false) requireSafeDefaultUrl(body.default_endpoint);
  const problems: FieldProblems = {};
  if (body.database_id !== undefined && body.database_id !== dataset.database_id) {
    problems.database = ['Dataset database cannot be changed'];
  }
  if (body.columns)
    Object.assign(problems, columnProblems(body.columns, aggregate.columns, isOverrideColumns));
  if (body.metrics) Object.assign(problems, metricProblems(body.metrics, aggregate.metrics));
  if (Object.keys(problems).length > 0) throw new DatasetInvalidError(problems);

  const { kysely } = context.metadataDb;
  const values = valuesOf(body, dataset);
  await datasetRepository.requireUnique(kysely, values, id);
  const owners = await resolveOwners(context, actor, body.owners, false);
  const before = {
    perm: dataset.perm,
    schema_perm: dataset.schema_perm,
    catalog_perm: dataset.catalog_perm,
  };
  const perms = datasetPermsOf(dataset.database_name, { id, ...values });
  const meta = writeMetaOf(context, actor);

  await inTransaction(context, async (trx) => {
    await datasetRepository.update(trx, id, { ...values, ...perms }, meta);
    if (body.columns) {
      const columns = mergeColumns(body.columns, aggregate.columns, isOverrideColumns);
      await datasetPartsRepository.saveColumns(trx, id, columns, meta);
    }
    if (body.metrics) {
      await datasetPartsRepository.saveMetrics(
        trx,
        id,
        mergeMetrics(body.metrics, aggregate.metrics),
        meta,
      );
    }
    if (owners) await datasetPartsRepository.setOwners(trx, id, owners);
    await datasetPermissions.change(trx, before, perms);
  });
  if (isOverrideColumns) {
    const updated = await loadAggregate(kysely, id, { kind: 'all' });
    await applySourceSync(context, updated, null, writeMetaOf(context, actor));
  }
  return { id, result: { ...body } };
}
