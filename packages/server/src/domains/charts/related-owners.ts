import type { Kysely } from 'kysely';
import type { RelatedFieldQuery, RelatedFieldResponse } from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';
import { containsIgnoringCase } from '../queries/query-filters.js';
import { pageRelatedUsers } from '../users/related-users.js';

/**
 * The owner picker of the chart form and list (Superset's `related/owners`): active users whose
 * name, username or email contains the text, by first name.
 */
export function relatedOwners(
  db: Kysely<MetadataSchema>,
  query: RelatedFieldQuery,
): Promise<RelatedFieldResponse> {
  let matching = db.selectFrom('ab_user as u').where('u.active', '=', true);
  if (query.filter) {
    matching = matching.where((eb) =>
      eb.or(
        (['u.first_name', 'u.last_name', 'u.username', 'u.email'] as const).map((column) =>
          containsIgnoringCase(eb.ref(column), query.filter),
        ),
      ),
    );
  }
  return pageRelatedUsers(
    db,
    matching.select(['u.id as value', 'u.first_name', 'u.last_name', 'u.username']),
    query,
  );
}
