import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-query.js';

/**
 * Flask-AppBuilder's `GET /api/v1/<resource>/related/<column>` (Superset's pickers): the rows
 * a list can be filtered by or a form can link to, searched by text and paged.
 */

/** The Rison `q` of a related endpoint: `(filter:text,page:0,page_size:25)`. */
export const relatedFieldQuerySchema = z.object({
  filter: z.string().max(256).default(''),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export type RelatedFieldQuery = z.infer<typeof relatedFieldQuerySchema>;

/** One choice: the related row's id and the text a picker shows. */
export const relatedFieldOptionSchema = z.object({
  value: z.number().int(),
  text: z.string(),
});

export type RelatedFieldOption = z.infer<typeof relatedFieldOptionSchema>;

/** `{ count, result: [{ value, text }] }`: the matching choices and how many match in all. */
export const relatedFieldResponseSchema = z.object({
  count: z.number().int(),
  result: z.array(relatedFieldOptionSchema),
});

export type RelatedFieldResponse = z.infer<typeof relatedFieldResponseSchema>;
