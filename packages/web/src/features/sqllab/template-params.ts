/** The template parameters text as the editor reads it. */
export type TemplateParamsCheck =
  { isValid: true; params: Record<string, unknown> } | { isValid: false; message: string };

/**
 * Reads the template parameters: empty text means none; anything else must be a JSON
 * object, as Jinja's context is a set of names.
 */
export function checkTemplateParams(text: string | null): TemplateParamsCheck {
  if (text === null || text.trim() === '') return { isValid: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return { isValid: false, message: `Not valid JSON: ${detail}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { isValid: false, message: 'Parameters must be a JSON object, like {"limit": 10}.' };
  }
  return { isValid: true, params: value as Record<string, unknown> };
}
