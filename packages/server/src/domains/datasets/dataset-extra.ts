/** A JSON object stored as text, parsed; `{}` when empty, unreadable or not an object. */
export function parseJsonObject(text: string | null | undefined): Record<string, unknown> {
  if (!text || text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The certification and warning Superset keeps in a column's, metric's or dataset's `extra`. */
export interface ExtraNotes {
  certified_by: string | null;
  certification_details: string | null;
  warning_markdown: string | null;
}

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** Reads `{certification: {certified_by, details}, warning_markdown}` from an `extra` text. */
export function extraNotesOf(text: string | null | undefined): ExtraNotes {
  const extra = parseJsonObject(text);
  const certification =
    typeof extra.certification === 'object' && extra.certification !== null
      ? (extra.certification as Record<string, unknown>)
      : {};
  return {
    certified_by: textOrNull(certification.certified_by),
    certification_details: textOrNull(certification.details),
    warning_markdown: textOrNull(extra.warning_markdown),
  };
}
