import { RisonSyntaxError, parseRison } from '@superset-ts/shared';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';

/** Problems by field, as Flask-AppBuilder's 400 answers list them (`{ field: [messages] }`). */
export type FieldProblems = Record<string, string[]>;

function problemsOf(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '_schema';
    (problems[field] ??= []).push(issue.message);
  }
  return problems;
}

function invalid(problems: FieldProblems, what: string): AppError {
  const summary = Object.entries(problems)
    .map(([field, messages]) =>
      field === '_schema' ? messages.join('; ') : `${field}: ${messages.join('; ')}`,
    )
    .join('; ');
  return new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', `${what} is not valid: ${summary}`, {
    fields: problems,
  });
}

/**
 * Validates a request body with its shared schema. Throws a 400 whose message lists every
 * problem and whose `extra.fields` maps each field to its messages.
 */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw invalid(problemsOf(result.error), 'The request');
  return result.data;
}

/**
 * Reads a list query from `?q=` (Rison, as Superset's list endpoints take it) and validates
 * it; no `q` means the defaults. A syntax error or an invalid query is a 400.
 */
export function parseListQuery<Schema extends z.ZodType>(
  schema: Schema,
  query: unknown,
): z.infer<Schema> {
  const q = (query as { q?: unknown } | undefined)?.q;
  let raw: unknown = {};
  if (typeof q === 'string' && q !== '') {
    try {
      raw = parseRison(q);
    } catch (error) {
      if (!(error instanceof RisonSyntaxError)) throw error;
      throw new AppError(
        'INVALID_PAYLOAD_FORMAT_ERROR',
        `The q parameter is not valid Rison: ${error.message}`,
      );
    }
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw invalid(problemsOf(result.error), 'The list query');
  return result.data;
}

/**
 * The numeric id in a route's `:pk`. Anything else answers 404, as FAB's `<int:pk>` routes
 * do, so ids and names cannot be probed through malformed paths.
 */
export function parseIdParam(params: unknown, name = 'pk'): number {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  const id = typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new AppError('RESOURCE_NOT_FOUND');
  return id;
}
