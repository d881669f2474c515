import { AppError } from '../../errors/app-error.js';

/**
 * The editor's template parameters: a JSON object sent as text (as Superset's client does)
 * or as an object. Anything else is a 400 naming the problem.
 */
export function templateParamsOf(
  value: string | Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value !== 'string') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalid('templateParams is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid('templateParams must be a JSON object of names to values.');
  }
  return parsed as Record<string, unknown>;
}

function invalid(message: string): AppError {
  return new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', message, {
    fields: { templateParams: [message] },
  });
}
