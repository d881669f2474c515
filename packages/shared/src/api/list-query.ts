import { z } from 'zod';

/**
 * Flask-AppBuilder's list query, as Superset's list endpoints read it from the Rison `?q=`:
 * filters (each a column, an operator and a value, all ANDed), one order column and
 * direction, and a zero-based page of `page_size` rows.
 */

/** FAB's filter operators that the list endpoints here understand. */
export const FILTER_OPERATORS = {
  /** Contains, ignoring case (FAB's `ct`, an ilike). */
  ct: 'contains',
  /** Does not contain, ignoring case. */
  nct: 'does not contain',
  /** Starts with, ignoring case. */
  sw: 'starts with',
  /** Ends with, ignoring case. */
  ew: 'ends with',
  eq: 'equals',
  neq: 'does not equal',
  /** Related many-to-many: has the related row with this id (e.g. a user holds role 3). */
  rel_m_m: 'has',
} as const;

/** One of FILTER_OPERATORS' keys. */
export type FilterOperator = keyof typeof FILTER_OPERATORS;

/** The largest page a list endpoint returns (FAB_API_MAX_PAGE_SIZE's default). */
export const MAX_PAGE_SIZE = 100;

/** The page size when the query names none. */
export const DEFAULT_PAGE_SIZE = 20;

type FilterValue = z.ZodType<string | number | boolean>;

/** What a resource allows: its filter columns (each with operators and value type) and order columns. */
export interface ListQuerySpec<Col extends string, Order extends string> {
  filters: Record<Col, { operators: readonly FilterOperator[]; value: FilterValue }>;
  orderColumns: readonly [Order, ...Order[]];
  defaultOrder: { column: Order; direction: 'asc' | 'desc' };
}

/** A filter as one list query carries it. */
export interface ListFilter<Col extends string = string> {
  col: Col;
  opr: FilterOperator;
  value: string | number | boolean;
}

/** A parsed list query, defaults applied. */
export interface ListQuery<Col extends string = string, Order extends string = string> {
  filters: ListFilter<Col>[];
  order_column: Order;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

/**
 * The zod schema of one resource's list query: unknown columns or operators, and values of
 * the wrong type, are refused with a message naming the filter.
 */
export function listQuerySchema<Col extends string, Order extends string>(
  spec: ListQuerySpec<Col, Order>,
): z.ZodType<ListQuery<Col, Order>> {
  const columns = Object.keys(spec.filters) as Col[];
  const filter = z
    .object({
      col: z.string(),
      opr: z.string(),
      value: z.union([z.string(), z.number(), z.boolean()]),
    })
    .superRefine((raw, context) => {
      if (!columns.includes(raw.col as Col)) {
        context.addIssue({
          code: 'custom',
          path: ['col'],
          message: `cannot filter on "${raw.col}" (filterable: ${columns.join(', ')})`,
        });
        return;
      }
      const allowed = spec.filters[raw.col as Col];
      if (!allowed.operators.includes(raw.opr as FilterOperator)) {
        context.addIssue({
          code: 'custom',
          path: ['opr'],
          message: `"${raw.opr}" is not an operator for ${raw.col} (use ${allowed.operators.join(', ')})`,
        });
        return;
      }
      if (!allowed.value.safeParse(raw.value).success) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${JSON.stringify(raw.value)} is not a valid value for ${raw.col}`,
        });
      }
    })
    .transform((raw) => raw as ListFilter<Col>);
  return z.object({
    filters: z.array(filter).default([]),
    order_column: z.enum(spec.orderColumns).default(spec.defaultOrder.column),
    order_direction: z.enum(['asc', 'desc']).default(spec.defaultOrder.direction),
    page: z.number().int().min(0).default(0),
    page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  });
}

/**
 * One filter of a list whose columns take their own operators (Superset's custom ones such
 * as `chart_is_favorite`): `operatorsByColumn[col][opr]` is the schema of the value. Unknown
 * columns or operators, and values of the wrong type, are refused with a message naming
 * the filter. `Filter` is the typed union the table describes.
 */
export function operatorTableFilterSchema<Filter>(
  operatorsByColumn: Readonly<Record<string, Readonly<Record<string, z.ZodType>>>>,
): z.ZodType<Filter> {
  return z
    .object({ col: z.string(), opr: z.string(), value: z.unknown() })
    .superRefine((raw, context) => {
      const operators = operatorsByColumn[raw.col];
      if (!operators) {
        context.addIssue({
          code: 'custom',
          path: ['col'],
          message: `cannot filter on "${raw.col}" (filterable: ${Object.keys(operatorsByColumn).join(', ')})`,
        });
        return;
      }
      const value = operators[raw.opr];
      if (!value) {
        context.addIssue({
          code: 'custom',
          path: ['opr'],
          message: `"${raw.opr}" is not an operator for ${raw.col} (use ${Object.keys(operators).join(', ')})`,
        });
        return;
      }
      if (!value.safeParse(raw.value).success) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${JSON.stringify(raw.value)} is not a valid value for ${raw.col} ${raw.opr}`,
        });
      }
    })
    .transform((raw) => raw as Filter);
}

/** FAB's list response: the total count, the ids of this page and its rows. */
export function listResponseSchema<Item extends z.ZodType<{ id: number }>>(item: Item) {
  return z.object({
    count: z.number().int(),
    ids: z.array(z.number().int()),
    result: z.array(item),
  });
}
