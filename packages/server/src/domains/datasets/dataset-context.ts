import type { Kysely } from 'kysely';
import type { MetadataDb, MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { canChangeDataset, datasetVisibilityOf } from './dataset-access.js';
import type { DatasetDatabases } from './dataset-databases.js';
import { DatasetForbiddenError, DatasetInvalidError } from './dataset.errors.js';
import { datasetPartsRepository } from './dataset-parts.repository.js';
import { datasetRepository, type WriteMeta } from './dataset.repository.js';
import type { DatasetAggregate, DatasetRecord, DatasetVisibility } from './dataset.record.js';

type Db = Kysely<MetadataSchema>;

/** A chart that uses a dataset, as related_objects lists it. */
export interface RelatedChart {
  id: number;
  slice_name: string;
  viz_type: string;
}

/** What the dataset use cases share, wired at the composition root. */
export interface DatasetContext {
  metadataDb: MetadataDb;
  databases: DatasetDatabases;
  /** AUTH_ROLE_ADMIN: its holders may change any dataset. */
  adminRoleName: string;
  /** How long the query of a virtual dataset may run when its columns are read. */
  sourceTimeoutMs: number;
  /** Called after access permissions were created, renamed or removed (clears the role cache). */
  onPermissionsChanged(): void;
  /** The charts built on a dataset (none until charts exist). */
  relatedCharts(datasetId: number): Promise<RelatedChart[]>;
  /** PREVENT_UNSAFE_DEFAULT_URLS_ON_DATASET; on unless set to false. */
  preventUnsafeDefaultUrls?: boolean;
  now: () => Date;
}

/** The user id of an actor, for audit columns. */
export function userIdOf(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** Audit facts of a write by this actor now. */
export function writeMetaOf(context: DatasetContext, actor: Actor): WriteMeta {
  return { userId: userIdOf(actor), now: context.now() };
}

/** The datasets with their columns, metrics and owners, in the given order. */
export async function loadAggregates(
  db: Db,
  records: readonly DatasetRecord[],
): Promise<DatasetAggregate[]> {
  const ids = records.map((record) => record.id);
  const [columns, metrics, owners] = await Promise.all([
    datasetPartsRepository.columnsOf(db, ids),
    datasetPartsRepository.metricsOf(db, ids),
    datasetPartsRepository.ownersOf(db, ids),
  ]);
  return records.map((dataset) => ({
    dataset,
    columns: columns.get(dataset.id) ?? [],
    metrics: metrics.get(dataset.id) ?? [],
    owners: owners.get(dataset.id) ?? [],
  }));
}

/** One dataset with its parts, if visible; throws `DatasetNotFoundError` otherwise. */
export async function loadAggregate(
  db: Db,
  id: number,
  visibility: DatasetVisibility,
): Promise<DatasetAggregate> {
  const [aggregate] = await loadAggregates(db, [await datasetRepository.get(db, id, visibility)]);
  if (!aggregate) throw new Error('unreachable: a loaded dataset has an aggregate');
  return aggregate;
}

/** A dataset the actor may see and change: 404 when not visible, 403 when not an owner. */
export async function loadOwnedAggregate(
  context: DatasetContext,
  actor: Actor,
  id: number,
): Promise<DatasetAggregate> {
  const aggregate = await loadAggregate(context.metadataDb.kysely, id, datasetVisibilityOf(actor));
  requireOwner(context, actor, aggregate);
  return aggregate;
}

/** Throws `DatasetForbiddenError` unless the actor is an admin or an owner. */
export function requireOwner(
  context: DatasetContext,
  actor: Actor,
  aggregate: DatasetAggregate,
): void {
  const ownerIds = aggregate.owners.map((owner) => owner.id);
  if (!canChangeDataset(actor, ownerIds, context.adminRoleName)) {
    throw new DatasetForbiddenError(aggregate.dataset.table_name);
  }
}

/**
 * The owners a write leaves (Superset's `populate_owner_list`): the listed users, the actor
 * added when they are not an admin (so they cannot lock themselves out), and the actor alone
 * when a create lists none. Unknown user ids are a 422.
 */
export async function resolveOwners(
  context: DatasetContext,
  actor: Actor,
  requested: readonly number[] | undefined,
  isCreate: boolean,
): Promise<number[] | undefined> {
  const userId = userIdOf(actor);
  if (requested === undefined && !isCreate) return undefined;
  const ids = [...new Set(requested ?? [])];
  const existing = await datasetPartsRepository.existingUserIds(context.metadataDb.kysely, ids);
  if (ids.some((id) => !existing.has(id))) {
    throw new DatasetInvalidError({ owners: ['Owners are invalid'] });
  }
  const isAdmin = actor.roles.includes(context.adminRoleName);
  if (userId !== null && !ids.includes(userId) && (!isAdmin || requested === undefined)) {
    ids.push(userId);
  }
  return ids;
}

/** Runs writes in one transaction, then lets the role cache know permissions changed. */
export async function inTransaction<T>(
  context: DatasetContext,
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  const result = await context.metadataDb.kysely.transaction().execute(work);
  context.onPermissionsChanged();
  return result;
}
