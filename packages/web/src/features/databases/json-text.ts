/** A JSON object as the advanced settings hold it (engine_params, metadata_params, ...). */
export type JsonObject = Record<string, unknown>;

/** The outcome of reading a JSON field: its object, or what is wrong with the text. */
export type JsonObjectCheck =
  { isValid: true; value: JsonObject } | { isValid: false; problem: string };

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the text of a JSON field that must hold an object. An empty field means an empty
 * object; otherwise the problem names the parser's complaint (with its position), or says
 * that an array or a scalar is not an object.
 */
export function parseJsonObject(text: string | null | undefined): JsonObjectCheck {
  if (!text || text.trim() === '') return { isValid: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { isValid: false, problem: `Not valid JSON: ${reason}` };
  }
  if (!isPlainObject(value)) {
    return { isValid: false, problem: 'Must be a JSON object, e.g. {"key": "value"}' };
  }
  return { isValid: true, value };
}

/** An object as the text of a JSON field: indented, and empty for an empty object. */
export function formatJsonObject(value: unknown): string {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return '';
  return JSON.stringify(value, null, 2);
}

/** A JSON string from the API (extra, masked_encrypted_extra) as an object; `{}` when unreadable. */
export function jsonObjectOf(text: string | null | undefined): JsonObject {
  const check = parseJsonObject(text);
  return check.isValid ? check.value : {};
}
