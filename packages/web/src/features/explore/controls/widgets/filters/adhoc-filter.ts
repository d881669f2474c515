import type { QueryColumn } from '@superset-ts/shared';
import { getColumnLabel, type AdhocFilter } from '../../../../../visualizations';
import type { AdhocFilterClause } from '../../../../../visualizations/core/form-data';
import { columnLabel, type ExploreColumn, type ExploreDataset } from '../../../explore-dataset';
import { columnTypeOf } from '../../column-type';
import { comparatorKindOf, defaultOperatorFor, operatorSymbol } from './filter-operators';

/** The filter editor's tabs: column, operator and value, or SQL. */
export type FilterEditorTab = 'SIMPLE' | 'SQL';

/** Superset's "no time filter" range, the value a new time range filter starts with. */
export const NO_TIME_FILTER = 'No filter';

/** What the filter editor holds while the user edits. */
export interface FilterDraft {
  tab: FilterEditorTab;
  subject: QueryColumn | undefined;
  operator: string | undefined;
  comparator: unknown;
  /** The clause of a SQL filter (a simple filter is always WHERE). */
  clause: AdhocFilterClause;
  sql: string;
}

/** The editor's state for a filter, or a new one. */
export function filterDraftOf(filter: AdhocFilter | undefined): FilterDraft {
  const empty: FilterDraft = {
    tab: 'SIMPLE',
    subject: undefined,
    operator: undefined,
    comparator: undefined,
    clause: 'WHERE',
    sql: '',
  };
  if (!filter) return empty;
  if (filter.expressionType === 'SQL') {
    return { ...empty, tab: 'SQL', clause: filter.clause, sql: filter.sqlExpression };
  }
  return {
    ...empty,
    subject: filter.subject,
    operator: filter.operator,
    comparator: filter.comparator,
  };
}

const isFilled = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length);

/** Whether the draft is a whole filter (the editor's Save is enabled). */
export function isFilterDraftComplete(draft: FilterDraft): boolean {
  if (draft.tab === 'SQL') return draft.sql.trim() !== '';
  if (draft.subject === undefined || !draft.operator) return false;
  return comparatorKindOf(draft.operator) === 'none' || isFilled(draft.comparator);
}

/** The value an operator starts with when the user switches to it, from what was there. */
export function comparatorForOperator(operator: string, previous: unknown): unknown {
  switch (comparatorKindOf(operator)) {
    case 'none':
      return undefined;
    case 'time-range':
      return typeof previous === 'string' && previous ? previous : NO_TIME_FILTER;
    case 'multiple':
      return Array.isArray(previous) ? previous : isFilled(previous) ? [previous] : [];
    case 'single':
      return Array.isArray(previous) ? previous[0] : previous;
  }
}

/** The filter a complete draft stands for, in the shape of `adhoc_filters` entries. */
export function filterFromDraft(draft: FilterDraft): AdhocFilter {
  if (draft.tab === 'SQL') {
    return { expressionType: 'SQL', clause: draft.clause, sqlExpression: draft.sql.trim() };
  }
  const operator = draft.operator ?? 'IN';
  const filter: AdhocFilter = {
    expressionType: 'SIMPLE',
    clause: 'WHERE',
    subject: draft.subject ?? '',
    operator,
  };
  if (comparatorKindOf(operator) !== 'none') filter.comparator = draft.comparator;
  return filter;
}

/** The filter a column dropped on the filters control opens: that column, with its usual operator. */
export function filterDraftForColumn(column: ExploreColumn): AdhocFilter {
  const operator = defaultOperatorFor(columnTypeOf(column));
  const filter: AdhocFilter = {
    expressionType: 'SIMPLE',
    clause: 'WHERE',
    subject: column.column_name,
    operator,
  };
  const comparator = comparatorForOperator(operator, undefined);
  if (comparator !== undefined) filter.comparator = comparator;
  return filter;
}

function formatComparatorValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'NULL';
  return JSON.stringify(value);
}

function subjectLabel(subject: QueryColumn, dataset: ExploreDataset): string {
  if (typeof subject !== 'string') return getColumnLabel(subject);
  const known = dataset.columns.find((column) => column.column_name === subject);
  return known ? columnLabel(known) : subject;
}

/**
 * How a filter's pill reads (Superset's filter labels): `gender = 'boy'`,
 * `name IN ('Amy', 'Ben')`, `ds (Last week)`, `num IS NULL`, or the SQL of a SQL filter.
 */
export function filterLabel(filter: AdhocFilter, dataset: ExploreDataset): string {
  if (filter.expressionType === 'SQL') {
    return filter.clause === 'HAVING' ? `HAVING ${filter.sqlExpression}` : filter.sqlExpression;
  }
  const subject = subjectLabel(filter.subject, dataset);
  const { operator, comparator } = filter;
  switch (comparatorKindOf(operator)) {
    case 'none':
      return `${subject} ${operatorSymbol(operator)}`;
    case 'time-range':
      return `${subject} (${typeof comparator === 'string' ? comparator : NO_TIME_FILTER})`;
    case 'multiple': {
      const values = Array.isArray(comparator) ? comparator : [comparator];
      return `${subject} ${operatorSymbol(operator)} (${values.map(formatComparatorValue).join(', ')})`;
    }
    case 'single':
      return `${subject} ${operatorSymbol(operator)} ${formatComparatorValue(comparator)}`;
  }
}

/** Whether a value is one of `adhoc_filters` (saved charts can hold anything). */
export function isAdhocFilter(value: unknown): value is AdhocFilter {
  if (typeof value !== 'object' || value === null) return false;
  const filter = value as Record<string, unknown>;
  if (filter.expressionType === 'SQL') return typeof filter.sqlExpression === 'string';
  return filter.expressionType === 'SIMPLE' && typeof filter.operator === 'string';
}
