import type { DashboardJsonMetadata } from '@superset-ts/shared';

/** The metadata as the advanced editor shows it: indented JSON. */
export function metadataText(metadata: DashboardJsonMetadata): string {
  return JSON.stringify(metadata, null, 2);
}

/**
 * The metadata typed in the advanced editor, or why it cannot be used: it must be a JSON
 * object (an empty text means `{}`).
 */
export function parseMetadataText(
  text: string,
): { ok: true; metadata: DashboardJsonMetadata } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, metadata: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return { ok: false, error: `The JSON metadata is not valid JSON${detail}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The JSON metadata must be a JSON object ({ ... })' };
  }
  return { ok: true, metadata: value as DashboardJsonMetadata };
}
