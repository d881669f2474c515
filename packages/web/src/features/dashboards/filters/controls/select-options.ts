import type { FilterValue } from '../filter-data-mask';

/** An option of a select filter: antd keys options by text, so each value is JSON-encoded. */
export interface FilterValueOption {
  value: string;
  label: string;
}

/** A value as the select shows it (`<NULL>` for null, as Superset). */
export function filterValueLabel(value: FilterValue): string {
  return value === null ? '<NULL>' : String(value);
}

/** The select's key of a value. */
export function encodeFilterValue(value: FilterValue): string {
  return JSON.stringify(value);
}

/** The value of a select key. */
export function decodeFilterValue(key: string): FilterValue {
  return JSON.parse(key) as FilterValue;
}

function compareValues(a: FilterValue, b: FilterValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * The options of a select filter: the values offered (nulls last), in ascending or descending
 * order, plus the chosen values the server no longer lists, so a selection never disappears.
 */
export function filterValueOptions(
  values: readonly FilterValue[],
  selected: readonly FilterValue[],
  isAscending: boolean,
): FilterValueOption[] {
  const sorted = [...values].sort((a, b) => (isAscending ? 1 : -1) * compareValues(a, b));
  const keys = new Set(sorted.map(encodeFilterValue));
  const missing = selected.filter((value) => !keys.has(encodeFilterValue(value)));
  return [...missing, ...sorted].map((value) => ({
    value: encodeFilterValue(value),
    label: filterValueLabel(value),
  }));
}

/** The values held by a select filter's state (`filterState.value`). */
export function selectedFilterValues(value: unknown): FilterValue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FilterValue =>
      item === null || ['string', 'number', 'boolean'].includes(typeof item),
  );
}
