import { sql, type Kysely, type SqlBool } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import type { ApplicableRlsFilter } from './row-level-security.record.js';

/**
 * The filters of a dataset that apply to a holder of `roleNames` (Superset's
 * `get_rls_filters`): Regular filters naming one of the roles, and Base filters naming none
 * of them.
 */
export async function findApplicableRlsFilters(
  db: Kysely<MetadataSchema>,
  datasetId: number,
  roleNames: readonly string[],
): Promise<ApplicableRlsFilter[]> {
  const rows = await db
    .selectFrom('row_level_security_filters as r')
    .select(['r.id', 'r.group_key', 'r.clause', 'r.filter_type'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('rls_filter_tables as ft')
          .select('ft.id')
          .whereRef('ft.rls_filter_id', '=', 'r.id')
          .where('ft.table_id', '=', datasetId),
      ),
    )
    .where((eb) => {
      const namesOneOfTheRoles =
        roleNames.length === 0
          ? sql<SqlBool>`1 = 0`
          : eb.exists(
              eb
                .selectFrom('rls_filter_roles as fr')
                .innerJoin('ab_role as ro', 'ro.id', 'fr.role_id')
                .select('fr.id')
                .whereRef('fr.rls_filter_id', '=', 'r.id')
                .where('ro.name', 'in', [...roleNames]),
            );
      return eb.or([
        eb.and([eb('r.filter_type', '=', 'Regular'), namesOneOfTheRoles]),
        eb.and([eb('r.filter_type', '=', 'Base'), eb.not(namesOneOfTheRoles)]),
      ]);
    })
    .orderBy('r.id')
    .execute();
  return rows.map(({ id, group_key, clause }) => ({ id, group_key, clause }));
}
