import { z } from 'zod';

/** One error in a response body, shaped as Superset's `SupersetError`. */
export const apiErrorSchema = z.object({
  message: z.string(),
  error_type: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  extra: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Body of every error response: Superset's clients read `message` (FAB style) and
 * `errors` (SupersetErrorsException style); both are always present.
 */
export const errorResponseSchema = z.object({
  message: z.string(),
  errors: z.array(apiErrorSchema),
});

export type ApiError = z.infer<typeof apiErrorSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
