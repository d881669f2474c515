import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from './list-query.js';

/** CSS templates (`/api/v1/css_template/`) with Superset's shapes. */

/** Where the CSS templates API lives. */
export const CSS_TEMPLATE_API_PATH = '/api/v1/css_template/';

/** Body of `POST`/`PUT /api/v1/css_template/`. */
export const cssTemplateBodySchema = z.strictObject({
  template_name: z.string().trim().min(1, 'template_name is required').max(250),
  css: z.string().max(1_000_000).nullable().optional(),
});
export type CssTemplateBody = z.infer<typeof cssTemplateBodySchema>;

const cssTemplateUserRef = z.object({
  id: z.number().int(),
  first_name: z.string(),
  last_name: z.string(),
});

/** One CSS template as `GET /api/v1/css_template/` lists it (Superset's list columns). */
export const cssTemplateSchema = z.object({
  id: z.number().int(),
  template_name: z.string(),
  css: z.string().nullable(),
  created_on: z.string().nullable(),
  created_by: cssTemplateUserRef.nullable(),
  changed_by: cssTemplateUserRef.nullable(),
  changed_on_delta_humanized: z.string(),
});
export type CssTemplate = z.infer<typeof cssTemplateSchema>;

/** `GET /api/v1/css_template/?q=`: filter on the name, order by name or last change. */
export const cssTemplateListQuerySchema = listQuerySchema({
  filters: {
    template_name: { operators: ['ct', 'sw', 'eq'], value: z.string() },
  },
  orderColumns: ['template_name', 'changed_on_delta_humanized', 'created_on'],
  defaultOrder: { column: 'changed_on_delta_humanized', direction: 'desc' },
});
export type CssTemplateListQuery = z.infer<typeof cssTemplateListQuerySchema>;
export const cssTemplateListResponseSchema = listResponseSchema(cssTemplateSchema);

/** `DELETE /api/v1/css_template/?q=!(1,2)`: the ids to delete. */
export const cssTemplateIdsSchema = z.array(z.number().int().positive()).min(1).max(1000);
