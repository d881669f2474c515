import type { ChartDataResult } from '@superset-ts/shared';

/** Superset's `GenericDataType` of a result column. */
export const GenericDataType = { NUMERIC: 0, STRING: 1, TEMPORAL: 2, BOOLEAN: 3 } as const;

/** A result's rows (an empty list for a CSV answer or no result). */
export function rowsOf(result: ChartDataResult | undefined): Record<string, unknown>[] {
  return result && Array.isArray(result.data) ? result.data : [];
}

/** The generic type of a result column, or undefined when the result does not say. */
export function columnTypeOf(
  result: ChartDataResult | undefined,
  column: string,
): number | undefined {
  if (!result) return undefined;
  const index = result.colnames.indexOf(column);
  return index < 0 ? undefined : (result.coltypes[index] ?? undefined);
}

/** A cell as a number, or null when it is missing or not numeric. */
export function toNumberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** A cell as text: strings as they are, objects as JSON, missing values as an empty string. */
export function cellText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return value.toString();
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return '';
      return value instanceof Date ? value.toISOString() : JSON.stringify(value);
    case 'symbol':
    case 'function':
      return '';
  }
}
