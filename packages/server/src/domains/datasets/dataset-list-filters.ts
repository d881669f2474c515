import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DatasetListFilter, DatasetListQuery } from '@superset-ts/shared';
import type { MetadataSchema, TablesTable } from '../../db/index.js';
import { textFilter } from '../users/text-filter.js';
import type { DatasetVisibility } from './dataset.record.js';

/** The expression builder of queries over `tables as t`. */
export type TablesEb = ExpressionBuilder<MetadataSchema & { t: TablesTable }, 't'>;

const CERTIFIED = '%"certification"%';

function isEmptySql(eb: TablesEb): Expression<SqlBool> {
  return eb.or([eb('t.sql', 'is', null), eb('t.sql', '=', '')]);
}

/** One list filter as SQL over `tables as t`. */
export function datasetFilterCondition(
  eb: TablesEb,
  filter: DatasetListFilter,
): Expression<SqlBool> {
  const { value } = filter;
  switch (filter.col) {
    case 'table_name':
    case 'schema':
      return textFilter(eb.ref(`t.${filter.col}`) as Expression<string>, filter.opr, String(value));
    case 'catalog':
    case 'uuid':
      return eb(`t.${filter.col}`, filter.opr === 'neq' ? '<>' : '=', String(value));
    case 'database':
      return eb('t.database_id', '=', Number(value));
    case 'created_by':
      return eb('t.created_by_fk', '=', Number(value));
    case 'changed_by':
      return eb('t.changed_by_fk', '=', Number(value));
    case 'owners':
      return eb.exists(
        eb
          .selectFrom('sqlatable_user as o')
          .select('o.id')
          .whereRef('o.table_id', '=', 't.id')
          .where('o.user_id', '=', Number(value)),
      );
    case 'sql':
      return value === true ? isEmptySql(eb) : eb.not(isEmptySql(eb));
    case 'id': {
      const certified = sql<SqlBool>`coalesce(${eb.ref('t.extra')}, '') like ${CERTIFIED}`;
      return value === true ? certified : eb.not(certified);
    }
  }
}

/** Every filter of a list query, ANDed. */
export function datasetFiltersCondition(
  eb: TablesEb,
  filters: DatasetListQuery['filters'],
): Expression<SqlBool> {
  return eb.and(filters.map((filter) => datasetFilterCondition(eb, filter)));
}

/**
 * The visibility rule in SQL (the same as `isDatasetVisible`): granted database, dataset,
 * schema or catalog. Part of the base query every read goes through.
 */
export function visibilityCondition(
  eb: TablesEb,
  visibility: DatasetVisibility,
): Expression<SqlBool> {
  if (visibility.kind === 'all') return sql<SqlBool>`1 = 1`;
  const alternatives: Expression<SqlBool>[] = [];
  if (visibility.databaseIds.length > 0) {
    alternatives.push(eb('t.database_id', 'in', [...visibility.databaseIds]));
  }
  if (visibility.datasetIds.length > 0)
    alternatives.push(eb('t.id', 'in', [...visibility.datasetIds]));
  if (visibility.schemaPerms.length > 0) {
    alternatives.push(eb('t.schema_perm', 'in', [...visibility.schemaPerms]));
  }
  if (visibility.catalogPerms.length > 0) {
    alternatives.push(eb('t.catalog_perm', 'in', [...visibility.catalogPerms]));
  }
  return alternatives.length === 0 ? sql<SqlBool>`1 = 0` : eb.or(alternatives);
}
