/**
 * The four kinds of column every engine's native types map to, with Superset's numeric
 * values (`GenericDataType`): chart data responses carry them as `coltypes`.
 */
export const GenericDataType = {
  NUMERIC: 0,
  STRING: 1,
  TEMPORAL: 2,
  BOOLEAN: 3,
} as const;

export type GenericDataType = (typeof GenericDataType)[keyof typeof GenericDataType];
