import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from './list-query.js';

/**
 * Row level security (`/api/v1/rowlevelsecurity/`, Superset's RLSRestApi): WHERE fragments
 * added to the queries of some datasets. A Regular filter applies to users holding one of its
 * roles; a Base filter to everyone except them. Filters sharing a group key are ORed, groups
 * are ANDed.
 */

/** Where the row level security API lives. */
export const ROW_LEVEL_SECURITY_API_PATH = '/api/v1/rowlevelsecurity/';

/** Superset's RowLevelSecurityFilterType values. */
export const RLS_FILTER_TYPES = ['Regular', 'Base'] as const;
export const rlsFilterTypeSchema = z.enum(RLS_FILTER_TYPES);
export type RlsFilterType = z.infer<typeof rlsFilterTypeSchema>;

const rlsRoleSchema = z.object({ id: z.number().int(), name: z.string() });
const rlsTableSchema = z.object({
  id: z.number().int(),
  schema: z.string().nullable(),
  table_name: z.string(),
});

/** `GET /api/v1/rowlevelsecurity/{pk}` → `{ id, result }`. */
export const rlsRuleSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  filter_type: rlsFilterTypeSchema,
  tables: z.array(rlsTableSchema),
  roles: z.array(rlsRoleSchema),
  group_key: z.string().nullable(),
  clause: z.string(),
});
export type RlsRule = z.infer<typeof rlsRuleSchema>;

/** A row of the list: the rule, when and by whom it last changed. */
export const rlsListItemSchema = rlsRuleSchema.extend({
  changed_on_delta_humanized: z.string(),
  changed_by: z
    .object({ id: z.number().int(), first_name: z.string(), last_name: z.string() })
    .nullable(),
});
export type RlsListItem = z.infer<typeof rlsListItemSchema>;

const ids = z.array(z.number().int().positive()).max(1000);
const optionalText = z.string().max(65535).nullable().optional();

/** `POST /api/v1/rowlevelsecurity/` → 201 `{ id, result }`. At least one dataset. */
export const rlsRuleCreateSchema = z.strictObject({
  name: z.string().trim().min(1, 'name is required').max(255),
  description: optionalText,
  filter_type: rlsFilterTypeSchema,
  tables: ids.min(1, 'pick at least one dataset'),
  roles: ids,
  group_key: z.string().trim().max(255).nullable().optional(),
  clause: z.string().trim().min(1, 'clause is required').max(65535),
});
export type RlsRuleCreate = z.infer<typeof rlsRuleCreateSchema>;

/** `PUT /api/v1/rowlevelsecurity/{pk}`: the fields to change. */
export const rlsRuleUpdateSchema = rlsRuleCreateSchema.partial();
export type RlsRuleUpdate = z.infer<typeof rlsRuleUpdateSchema>;

/** `GET /api/v1/rowlevelsecurity/?q=`: search, order and page the rules. */
export const rlsListQuerySchema = listQuerySchema({
  filters: {
    name: { operators: ['ct', 'sw', 'eq'], value: z.string() },
    description: { operators: ['ct'], value: z.string() },
    filter_type: { operators: ['eq'], value: rlsFilterTypeSchema },
    group_key: { operators: ['ct', 'sw', 'eq'], value: z.string() },
    clause: { operators: ['ct'], value: z.string() },
    tables: { operators: ['rel_m_m'], value: z.number().int() },
    roles: { operators: ['rel_m_m'], value: z.number().int() },
  },
  orderColumns: ['changed_on_delta_humanized', 'name', 'filter_type', 'clause', 'group_key'],
  defaultOrder: { column: 'changed_on_delta_humanized', direction: 'desc' },
});
export type RlsListQuery = z.infer<typeof rlsListQuerySchema>;
export const rlsListResponseSchema = listResponseSchema(rlsListItemSchema);
export type RlsListResponse = z.infer<typeof rlsListResponseSchema>;

/** `DELETE /api/v1/rowlevelsecurity/?q=!(1,2)`: the ids to delete. */
export const rlsBulkDeleteSchema = z.array(z.number().int().positive()).min(1).max(1000);
