import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { findApplicableRlsFilters } from './rls-applicable.repository.js';
import { combineRlsFilters } from './rls-predicates.js';

/** Row level security as other capabilities (chart data, SQL Lab) use it. */
export interface RowLevelSecurityCapability {
  /**
   * SQL predicates to AND into every query of the dataset for this actor: filters of the
   * same group_key ORed in parentheses, different groups ANDed; Regular filters apply to
   * the actor's roles, Base filters to everyone NOT in their roles. Stable order (by group
   * key, then id) so cache keys are stable. Clauses are returned raw (may contain Jinja; the
   * caller renders).
   */
  predicatesFor(actor: Actor, datasetId: number): Promise<string[]>;
}

/** The capability, reading the rules from the metadata database on each call. */
export function createRowLevelSecurityCapability(
  db: Kysely<MetadataSchema>,
): RowLevelSecurityCapability {
  return {
    async predicatesFor(actor, datasetId) {
      return combineRlsFilters(await findApplicableRlsFilters(db, datasetId, actor.roles));
    },
  };
}
