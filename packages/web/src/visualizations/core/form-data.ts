import type { QueryColumn, QueryMetric } from '@superset-ts/shared';

/** Where an adhoc filter applies: before (`WHERE`) or after (`HAVING`) aggregation. */
export type AdhocFilterClause = 'WHERE' | 'HAVING';

/** An adhoc filter built from a column, an operator and a value (Superset's `SimpleAdhocFilter`). */
export interface SimpleAdhocFilter {
  expressionType: 'SIMPLE';
  clause: AdhocFilterClause;
  subject: QueryColumn;
  /** One of the shared `CHART_FILTER_OPERATORS` (`==`, `IN`, `TEMPORAL_RANGE`, ...). */
  operator: string;
  comparator?: unknown;
  isExtra?: boolean;
}

/** An adhoc filter written as SQL (Superset's `FreeFormAdhocFilter`). */
export interface SqlAdhocFilter {
  expressionType: 'SQL';
  clause: AdhocFilterClause;
  sqlExpression: string;
}

/** One entry of `adhoc_filters`. */
export type AdhocFilter = SimpleAdhocFilter | SqlAdhocFilter;

/**
 * A chart's form data, as Superset stores it in `slices.params`: snake_case control values
 * keyed by control name. Plugins extend it with the keys their control panel declares; every
 * key is optional because saved charts and URLs can carry any subset.
 */
export interface ChartFormData {
  /** `"<id>__<type>"`, e.g. `"3__table"`. */
  datasource?: string;
  viz_type?: string;
  slice_id?: number;
  adhoc_filters?: AdhocFilter[];
  time_range?: string | null;
  granularity_sqla?: string | null;
  time_grain_sqla?: string | null;
  row_limit?: number | string | null;
  color_scheme?: string;
  force?: boolean;
  [key: string]: unknown;
}

/** The form data keys shared by most aggregate charts. */
export interface AggregateFormData extends ChartFormData {
  metrics?: QueryMetric[];
  metric?: QueryMetric | null;
  groupby?: QueryColumn[];
}

/** A value as a list: `null`/`undefined` give `[]`, a single value gives `[value]`. */
export function ensureArray<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** A form value read as a number (form data often holds numbers as text), or undefined. */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A form value read as text, or undefined when it is not a non-empty string. */
export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
