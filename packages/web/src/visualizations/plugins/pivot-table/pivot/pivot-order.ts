import type { AggregateValue } from './aggregators';
import { METRIC_LEVEL } from './pivot-data';
import { comparePivotValues, flatKey, type PivotKey } from './pivot-key';

/** Superset's `rowOrder`/`colOrder`: by header value or by aggregated value, either way. */
export const PIVOT_ORDERS = ['key_a_to_z', 'key_z_to_a', 'value_a_to_z', 'value_z_to_a'] as const;
export type PivotOrder = (typeof PIVOT_ORDERS)[number];

/** The order a form value names; `key_a_to_z` (Superset's default) otherwise. */
export function readPivotOrder(value: unknown): PivotOrder {
  return PIVOT_ORDERS.find((order) => order === value) ?? 'key_a_to_z';
}

const numberOf = (value: AggregateValue | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : -Infinity;

/**
 * The header paths in the chosen order, level by level so groups stay together: by header
 * value (metric names keep the chart's metric order), or by each group's aggregated value
 * (its subtotal), the header value breaking ties.
 *
 * @param valueOf the aggregated value of a path prefix (a row or column subtotal)
 */
export function sortPivotKeys(
  keys: readonly PivotKey[],
  levels: readonly string[],
  order: PivotOrder,
  metrics: readonly string[],
  valueOf: (prefix: PivotKey) => AggregateValue | undefined,
): PivotKey[] {
  const metricIndex = new Map(metrics.map((metric, index) => [metric, index]));
  const isDescending = order === 'key_z_to_a' || order === 'value_z_to_a';
  const byValue = order === 'value_a_to_z' || order === 'value_z_to_a';
  const prefixValues = new Map<string, number>();
  /** Each path's group values per level, looked up once per group rather than per comparison. */
  const groupValues = byValue
    ? keys.map((key) =>
        levels.map((_, level) => {
          const prefix = key.slice(0, level + 1);
          const id = flatKey(prefix);
          let value = prefixValues.get(id);
          if (value === undefined) {
            value = numberOf(valueOf(prefix));
            prefixValues.set(id, value);
          }
          return value;
        }),
      )
    : [];
  const compareAt = (a: number, b: number, level: number): number => {
    const keyA = keys[a] ?? [];
    const keyB = keys[b] ?? [];
    if (levels[level] === METRIC_LEVEL) {
      return (
        (metricIndex.get(String(keyA[level])) ?? 0) - (metricIndex.get(String(keyB[level])) ?? 0)
      );
    }
    const byKey = comparePivotValues(keyA[level] ?? null, keyB[level] ?? null);
    const compared = byValue
      ? (groupValues[a]?.[level] ?? 0) - (groupValues[b]?.[level] ?? 0) || byKey
      : byKey;
    return isDescending ? -compared : compared;
  };
  const indexes = keys.map((_, index) => index);
  indexes.sort((a, b) => {
    const keyA = keys[a] ?? [];
    const keyB = keys[b] ?? [];
    for (let level = 0; level < levels.length; level += 1) {
      if (keyA[level] === keyB[level]) continue;
      const compared = compareAt(a, b, level);
      if (compared !== 0) return compared;
    }
    return 0;
  });
  return indexes.map((index) => keys[index] ?? []);
}
