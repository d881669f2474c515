import type { ExtraFormData } from '@superset-ts/shared';

/** The keys of ExtraFormData whose lists add up instead of replacing each other. */
const APPENDED_KEYS = ['filters', 'adhoc_filters'] as const;

/**
 * Superset's `mergeExtraFormData`: `filters` and `adhoc_filters` concatenate in order; every
 * other key is overridden by the later form data that sets it.
 */
export function mergeExtraFormData(parts: readonly ExtraFormData[]): ExtraFormData {
  const merged: ExtraFormData = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined || (APPENDED_KEYS as readonly string[]).includes(key)) continue;
      merged[key] = value;
    }
    if (part.filters && part.filters.length > 0) {
      merged.filters = [...(merged.filters ?? []), ...part.filters];
    }
    if (part.adhoc_filters && part.adhoc_filters.length > 0) {
      merged.adhoc_filters = [...(merged.adhoc_filters ?? []), ...part.adhoc_filters];
    }
  }
  return merged;
}
