/** What a dataset's `extra` says about its certification and a warning to show with it. */
export interface DatasetExtraInfo {
  certifiedBy: string | null;
  certificationDetails: string | null;
  warningMarkdown: string | null;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Reads Superset's `extra` (JSON text in lists, an object in the detail): `certification`
 * `{certified_by, details}` and `warning_markdown`. Unreadable text reads as nothing set.
 */
export function readDatasetExtra(extra: string | Record<string, unknown> | null): DatasetExtraInfo {
  let parsed: unknown = extra;
  if (typeof extra === 'string') {
    try {
      parsed = JSON.parse(extra);
    } catch {
      parsed = {};
    }
  }
  const object = objectOf(parsed);
  const certification = objectOf(object.certification);
  return {
    certifiedBy: textOf(certification.certified_by),
    certificationDetails: textOf(certification.details),
    warningMarkdown: textOf(object.warning_markdown),
  };
}
