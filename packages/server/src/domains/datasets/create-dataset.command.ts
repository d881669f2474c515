import { randomUUID } from 'node:crypto';
import type { DatasetCreate } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatabaseRecord } from '../databases/database.record.js';
import {
  inTransaction,
  resolveOwners,
  writeMetaOf,
  type DatasetContext,
} from './dataset-context.js';
import { COUNT_METRIC, syncColumns } from './dataset-columns-sync.js';
import { DatasetInvalidError } from './dataset.errors.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { datasetPermissions } from './dataset-permissions.js';
import { datasetPermsOf } from './dataset-perms.js';
import { datasetRepository } from './dataset.repository.js';
import { isVirtual } from './dataset-source.js';
import { readColumnsFrom } from './read-source.js';

const blankToNull = (value: string | null | undefined) =>
  value === undefined || value === null || value.trim() === '' ? null : value;

async function requireDatabase(
  context: DatasetContext,
  actor: Actor,
  id: number,
): Promise<DatabaseRecord> {
  try {
    return await context.databases.getVisible(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RESOURCE_NOT_FOUND') {
      throw new DatasetInvalidError({ database: ['Database does not exist'] });
    }
    throw error;
  }
}

/**
 * Superset's CreateDatasetCommand: a dataset of a table of a database the actor may use (the
 * table must exist) or of a read-only query, unique per database, catalog, schema and name.
 * Its columns are read from the source, a `count` metric is added, its owners set and its
 * access permissions created, all in one transaction.
 */
export async function createDataset(
  context: DatasetContext,
  actor: Actor,
  body: DatasetCreate,
): Promise<{ id: number; uuid: string; result: Record<string, unknown> }> {
  const database = await requireDatabase(context, actor, body.database);
  const identity = {
    database_id: database.id,
    table_name: body.table_name,
    catalog: blankToNull(body.catalog),
    schema: blankToNull(body.schema),
  };
  const sql = blankToNull(body.sql);
  const { kysely, dialect } = context.metadataDb;
  await datasetRepository.requireUnique(kysely, identity);
  const owners = (await resolveOwners(context, actor, body.owners, true)) ?? [];
  const source = await readColumnsFrom(context, database, { ...identity, sql });
  const sync = syncColumns([], source);
  const meta = writeMetaOf(context, actor);
  const uuid = body.uuid ?? randomUUID();

  const id = await inTransaction(context, async (trx) => {
    const newId = await datasetRepository.insert(
      trx,
      dialect,
      {
        ...identity,
        sql,
        main_dttm_col: sync.firstTemporal,
        default_endpoint: null,
        offset: 0,
        description: null,
        cache_timeout: null,
        filter_select_enabled: true,
        fetch_values_predicate: null,
        is_sqllab_view: false,
        template_params: blankToNull(body.template_params),
        extra: null,
        normalize_columns: body.normalize_columns ?? false,
        always_filter_main_dttm: body.always_filter_main_dttm ?? false,
        is_managed_externally: body.is_managed_externally ?? false,
        external_url: blankToNull(body.external_url),
        perm: null,
        schema_perm: null,
        catalog_perm: null,
      },
      { ...meta, uuid },
    );
    const perms = datasetPermsOf(database.database_name, { id: newId, ...identity });
    await datasetRepository.update(trx, newId, perms, meta);
    await datasetPartsRepository.saveColumns(trx, newId, sync.columns, meta);
    await datasetPartsRepository.saveMetrics(trx, newId, [COUNT_METRIC], meta);
    await datasetPartsRepository.setOwners(trx, newId, owners);
    await datasetPermissions.create(trx, perms);
    return newId;
  });
  return {
    id,
    uuid,
    result: {
      database: database.id,
      catalog: identity.catalog,
      schema: identity.schema,
      table_name: identity.table_name,
      sql,
      owners,
      kind: isVirtual({ sql }) ? 'virtual' : 'physical',
    },
  };
}
