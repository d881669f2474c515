import { PASSWORD_MASK } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';

/** A decrypted `encrypted_extra` document. */
export type EncryptedExtra = Record<string, unknown>;

/** Every top-level value: what Superset masks for engines that name no sensitive field. */
const EVERY_TOP_LEVEL_FIELD = ['*'];

type Visit = (parent: Record<string, unknown>, key: string, path: readonly string[]) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Calls `visit` for every existing value at a dotted path (`*` matches any key), with the
 * concrete path that reached it.
 */
function visitPath(
  document: unknown,
  segments: readonly string[],
  visit: Visit,
  reached: readonly string[] = [],
): void {
  if (!isRecord(document) || segments.length === 0) return;
  const [head = '', ...rest] = segments;
  const keys = head === '*' ? Object.keys(document) : Object.hasOwn(document, head) ? [head] : [];
  for (const key of keys) {
    if (rest.length === 0) visit(document, key, [...reached, key]);
    else visitPath(document[key], rest, visit, [...reached, key]);
  }
}

function pathsOf(sensitiveFields: readonly string[]): string[][] {
  const fields = sensitiveFields.length > 0 ? sensitiveFields : EVERY_TOP_LEVEL_FIELD;
  return fields.map((field) => field.split('.'));
}

function readPath(document: unknown, segments: readonly string[]): unknown {
  let current = document;
  for (const segment of segments) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

/**
 * Parses `masked_encrypted_extra` text (null or empty: none). The message never repeats the
 * text, which holds secrets.
 */
export function parseEncryptedExtra(text: string | null | undefined): EncryptedExtra | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) {
    const message = 'masked_encrypted_extra must be a JSON object.';
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', message, {
      fields: { masked_encrypted_extra: [message] },
    });
  }
  return value;
}

/**
 * A copy with each sensitive field (the spec's dotted paths; every top-level value when it
 * names none, as Superset's default) replaced by PASSWORD_MASK.
 */
export function maskEncryptedExtra(
  document: EncryptedExtra,
  sensitiveFields: readonly string[],
): EncryptedExtra {
  const copy = structuredClone(document);
  for (const path of pathsOf(sensitiveFields)) {
    visitPath(copy, path, (parent, key) => {
      parent[key] = PASSWORD_MASK;
    });
  }
  return copy;
}

/**
 * The submitted document with every sensitive field still at PASSWORD_MASK put back to the
 * stored value at the same path; a mask with no stored value stays as sent, as in Superset.
 */
export function unmaskEncryptedExtra(
  submitted: EncryptedExtra,
  stored: EncryptedExtra | null,
  sensitiveFields: readonly string[],
): EncryptedExtra {
  const copy = structuredClone(submitted);
  if (!stored) return copy;
  for (const path of pathsOf(sensitiveFields)) {
    visitPath(copy, path, (parent, key, concretePath) => {
      if (parent[key] !== PASSWORD_MASK) return;
      const previous = readPath(stored, concretePath);
      if (previous !== undefined) parent[key] = previous;
    });
  }
  return copy;
}
