import { z } from 'zod';
import { chartDatasourceTypeSchema } from './charts.js';

/**
 * Explore's API with Superset's shapes: the bootstrap (`GET /api/v1/explore/`), the unsaved
 * state store (`/api/v1/explore/form_data`) and permalinks (`/api/v1/explore/permalink`).
 */

export const EXPLORE_API_PATH = '/api/v1/explore/';
export const EXPLORE_FORM_DATA_API_PATH = '/api/v1/explore/form_data';
export const EXPLORE_PERMALINK_API_PATH = '/api/v1/explore/permalink';

/** The page a permalink opens: `/superset/explore/p/{key}/`. */
export function explorePermalinkPath(key: string): string {
  return `/superset/explore/p/${encodeURIComponent(key)}/`;
}

const optionalId = z.coerce.number().int().positive().optional();

/** Query string of `GET /api/v1/explore/`. */
export const exploreQuerySchema = z.object({
  form_data_key: z.string().min(1).max(128).optional(),
  permalink_key: z.string().min(1).max(128).optional(),
  slice_id: optionalId,
  datasource_id: optionalId,
  datasource_type: chartDatasourceTypeSchema.optional(),
});
export type ExploreQuery = z.infer<typeof exploreQuerySchema>;

/** `GET /api/v1/explore/` -> `{ result }`: the dataset, the form data and the saved chart. */
export const exploreContextSchema = z.object({
  dataset: z.record(z.string(), z.unknown()),
  form_data: z.record(z.string(), z.unknown()),
  slice: z.record(z.string(), z.unknown()).nullable(),
  message: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
});
export type ExploreContext = z.infer<typeof exploreContextSchema>;

const formDataText = z
  .string()
  .min(2)
  .max(16_000_000)
  .refine(
    (text) => {
      try {
        const parsed: unknown = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    },
    { message: 'form_data must be a JSON object in text' },
  );

/** Body of `POST /api/v1/explore/form_data` and `PUT /api/v1/explore/form_data/{key}`. */
export const exploreFormDataBodySchema = z.strictObject({
  datasource_id: z.number().int().positive(),
  datasource_type: chartDatasourceTypeSchema,
  chart_id: z.number().int().positive().nullable().optional(),
  form_data: formDataText,
});
export type ExploreFormDataBody = z.infer<typeof exploreFormDataBodySchema>;

/** `?tab_id=` of the form-data writes: one key per browser tab and chart. */
export const exploreFormDataWriteQuerySchema = z.object({
  tab_id: z.coerce.number().int().min(0).optional(),
});

/** `GET /api/v1/explore/form_data/{key}`. */
export const exploreFormDataResponseSchema = z.object({ form_data: z.string() });

/** Body of `POST /api/v1/explore/permalink`: the form data must name its `datasource`. */
export const explorePermalinkBodySchema = z.object({
  formData: z
    .record(z.string(), z.unknown())
    .refine(
      (formData) =>
        typeof formData.datasource === 'string' && /^\d+__table$/.test(formData.datasource),
      { message: 'formData.datasource must be "<id>__table"' },
    ),
  urlParams: z
    .array(z.tuple([z.string().max(1000), z.string().max(100_000)]))
    .max(100)
    .nullable()
    .optional(),
});
export type ExplorePermalinkBody = z.infer<typeof explorePermalinkBodySchema>;

/** `POST /api/v1/explore/permalink` -> 201. */
export const explorePermalinkCreatedSchema = z.object({ key: z.string(), url: z.string() });

/** `GET /api/v1/explore/permalink/{key}`: the stored state and what it is built on. */
export const explorePermalinkValueSchema = z.object({
  chartId: z.number().int().nullable(),
  datasourceId: z.number().int(),
  datasourceType: z.string(),
  datasource: z.string(),
  state: z.object({
    formData: z.record(z.string(), z.unknown()),
    urlParams: z
      .array(z.tuple([z.string(), z.string()]))
      .nullable()
      .optional(),
  }),
});
export type ExplorePermalinkValue = z.infer<typeof explorePermalinkValueSchema>;
