import type { Kysely, SelectQueryBuilder } from 'kysely';
import type {
  RelatedFieldOption,
  RelatedFieldQuery,
  RelatedFieldResponse,
} from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';
import { pageRelatedRows } from './related-page.js';

/** The ab_user columns a user picker's choice is drawn from, `value` being the user's id. */
export interface RelatedUserRow {
  readonly value: number;
  readonly first_name: string;
  readonly last_name: string;
  readonly username: string;
}

/** A user as a picker shows them: first and last name, or the username when both are blank. */
export function relatedUserOption(row: RelatedUserRow): RelatedFieldOption {
  return { value: row.value, text: `${row.first_name} ${row.last_name}`.trim() || row.username };
}

/**
 * The answer of a user picker (`related/owners`, `related/user`): one page of the users
 * `matching` selects, by first name, last name and id, and how many match in all.
 */
export async function pageRelatedUsers<DB, TB extends keyof DB>(
  db: Kysely<MetadataSchema>,
  matching: SelectQueryBuilder<DB, TB, RelatedUserRow>,
  query: RelatedFieldQuery,
): Promise<RelatedFieldResponse> {
  const { count, rows } = await pageRelatedRows(
    db,
    matching,
    (users) => users.orderBy('first_name').orderBy('last_name').orderBy('value'),
    query,
  );
  return { count, result: rows.map(relatedUserOption) };
}
