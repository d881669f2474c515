import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';

/**
 * A database's `extra` JSON, as Superset documents it. Only these top-level keys are
 * accepted; `engine_params.connect_args` is further allow-listed by the engine spec when a
 * connection is built.
 */
const databaseExtraSchema = z.object({
  engine_params: z
    .strictObject({ connect_args: z.record(z.string(), z.unknown()).optional() })
    .optional(),
  metadata_params: z.record(z.string(), z.unknown()).optional(),
  version: z.string().nullable().optional(),
  schemas_allowed_for_file_upload: z.array(z.string()).optional(),
  python_date_format_by_column_name: z.record(z.string(), z.string()).optional(),
  time_range_endpoints: z.unknown().optional(),
  cost_estimate_enabled: z.boolean().optional(),
  allows_virtual_table_explore: z.boolean().optional(),
  disable_data_preview: z.boolean().optional(),
  cancel_query_on_windows_unload: z.boolean().optional(),
  metadata_cache_timeout: z.record(z.string(), z.number().int().min(0)).optional(),
});

/** A validated `extra`. */
export type DatabaseExtra = z.infer<typeof databaseExtraSchema>;

const KNOWN_KEYS = Object.keys(databaseExtraSchema.shape);

/** What a new database's `extra` holds when none is given (Superset's column default). */
export const DEFAULT_EXTRA_JSON = JSON.stringify({
  metadata_params: {},
  engine_params: {},
  metadata_cache_timeout: {},
  schemas_allowed_for_file_upload: [],
});

function invalidExtra(message: string): AppError {
  return new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', message, { fields: { extra: [message] } });
}

/**
 * Parses and checks `extra` text; null or empty means `{}`. Throws a 400 naming the problem:
 * text that is not a JSON object, keys this server does not know, or a value of the wrong type.
 */
export function parseDatabaseExtra(text: string | null | undefined): DatabaseExtra {
  if (text === null || text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidExtra('extra is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidExtra('extra must be a JSON object.');
  }
  const unknown = Object.keys(value).filter((key) => !KNOWN_KEYS.includes(key));
  if (unknown.length > 0) {
    throw invalidExtra(
      `extra has keys this server does not know: ${unknown.join(', ')} (known: ${KNOWN_KEYS.join(', ')}).`,
    );
  }
  const result = databaseExtraSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${['extra', ...issue.path].join('.')}: ${issue.message}`,
    );
    throw invalidExtra(`extra is not valid: ${problems.join('; ')}.`);
  }
  return result.data;
}
