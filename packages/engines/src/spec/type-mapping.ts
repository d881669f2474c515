import { GenericDataType } from '@superset-ts/shared';

/** A native type pattern and the generic type it means; the first match wins. */
export type TypeMapping = readonly [pattern: RegExp, type: GenericDataType];

/** What every engine shares (Superset's `_default_column_type_mappings`). */
export const DEFAULT_TYPE_MAPPINGS: readonly TypeMapping[] = [
  [/^bool(ean)?$/i, GenericDataType.BOOLEAN],
  [/^(tiny|small|medium|big)?int(eger)?\d*(\s+unsigned)?$/i, GenericDataType.NUMERIC],
  [/^u?int\d+$/i, GenericDataType.NUMERIC],
  [/^(hugeint|uhugeint|serial|bigserial|smallserial)$/i, GenericDataType.NUMERIC],
  [/^(decimal|numeric|number|dec)(\s*\(.*\))?$/i, GenericDataType.NUMERIC],
  [/^(float|double|real|double precision|float\d+|money)(\s*\(.*\))?$/i, GenericDataType.NUMERIC],
  [/^(date|datetime|time|timestamp|interval)(\s*\(\d+\))?/i, GenericDataType.TEMPORAL],
  [/^timestamp.*/i, GenericDataType.TEMPORAL],
  [/^(var)?char(acter)?(\s+varying)?(\s*\(.*\))?$/i, GenericDataType.STRING],
  [/^n?(var)?char.*/i, GenericDataType.STRING],
  [/^(tiny|medium|long)?text$/i, GenericDataType.STRING],
  [
    /^(string|uuid|json|jsonb|enum.*|array.*|struct.*|map.*|blob|bytea|binary.*|varbinary.*)$/i,
    GenericDataType.STRING,
  ],
];

/** The generic type of a native type name, engine mappings first; null when nothing matches. */
export function genericTypeOf(
  nativeType: string,
  engineMappings: readonly TypeMapping[] = [],
): GenericDataType | null {
  const type = nativeType.trim();
  for (const [pattern, generic] of [...engineMappings, ...DEFAULT_TYPE_MAPPINGS]) {
    if (pattern.test(type)) return generic;
  }
  return null;
}
