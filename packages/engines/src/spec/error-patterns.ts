import type { ErrorCode } from '@superset-ts/shared';
import { EngineError, scrubSecrets } from './engine-error.js';

/**
 * One known database message: a pattern with named groups, the code it means, and a message
 * template whose `{name}` placeholders are filled from the groups (Superset's `custom_errors`).
 */
export interface ErrorPattern {
  pattern: RegExp;
  code: ErrorCode;
  message: string;
}

function fill(template: string, groups: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => groups[name] ?? whole);
}

/**
 * Classifies a driver's message with the dialect's patterns. An unknown message becomes
 * GENERIC_DB_ENGINE_ERROR carrying the database's own words, scrubbed of secrets.
 */
export function classifyEngineError(
  patterns: readonly ErrorPattern[],
  rawMessage: string,
  secrets: readonly (string | undefined)[] = [],
): EngineError {
  const safe = scrubSecrets(rawMessage, secrets);
  for (const { pattern, code, message } of patterns) {
    const match = pattern.exec(safe);
    if (match) {
      return new EngineError(code, scrubSecrets(fill(message, match.groups ?? {}), secrets), {
        engine_message: safe,
      });
    }
  }
  return new EngineError('GENERIC_DB_ENGINE_ERROR', safe, { engine_message: safe });
}
