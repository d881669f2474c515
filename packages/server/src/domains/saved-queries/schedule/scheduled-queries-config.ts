import { scheduledQueriesConfigSchema, type ScheduledQueriesConfig } from '@superset-ts/shared';
import { findUnsupportedKeywords } from './json-schema-subset.js';
import { SCHEDULE_RULES } from './schedule-rules.js';

/** SCHEDULED_QUERIES cannot be enforced as written; the message says what to change. */
export class ScheduledQueriesConfigError extends Error {
  override readonly name = 'ScheduledQueriesConfigError';
}

/**
 * Reads SCHEDULED_QUERIES once at start-up: null when it is empty (the feature is off),
 * otherwise the form definition, checked so that every keyword of its JSONSCHEMA and every
 * VALIDATION rule is one the server enforces.
 */
export function readScheduledQueriesConfig(
  raw: Readonly<Record<string, unknown>>,
): ScheduledQueriesConfig | null {
  if (Object.keys(raw).length === 0) return null;
  const parsed = scheduledQueriesConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ScheduledQueriesConfigError(`SCHEDULED_QUERIES is not valid: ${problems.join('; ')}`);
  }
  const unsupported = findUnsupportedKeywords(parsed.data.JSONSCHEMA);
  if (unsupported.length > 0) {
    throw new ScheduledQueriesConfigError(
      `SCHEDULED_QUERIES.JSONSCHEMA uses what the server cannot check: ${unsupported.join(', ')}`,
    );
  }
  for (const rule of parsed.data.VALIDATION ?? []) {
    if (!Object.hasOwn(SCHEDULE_RULES, rule.name)) {
      throw new ScheduledQueriesConfigError(
        `SCHEDULED_QUERIES.VALIDATION rule "${rule.name}" is unknown (known: ${Object.keys(SCHEDULE_RULES).join(', ')})`,
      );
    }
    if (rule.arguments.length !== 2) {
      throw new ScheduledQueriesConfigError(
        `SCHEDULED_QUERIES.VALIDATION rule "${rule.name}" takes two field names`,
      );
    }
  }
  return parsed.data;
}
