import { sequentialColorRange } from '../common/colors';
import type { RGBAColor } from '../common/types';

/** The number of buckets of a new chart (Superset's default). */
export const DEFAULT_BUCKET_COUNT = 5;

/**
 * The bucket edges of the metric values (Superset's `getBreakPoints`): the break points the
 * user gave, sorted; else `count` equal buckets from the smallest to the largest value, the
 * edges rounded to the buckets' precision (widened by one bucket when rounding cuts off the
 * largest value). Empty when there are no values.
 */
export function bucketEdges(
  values: readonly number[],
  count: number,
  breakPoints: readonly number[] = [],
): number[] {
  if (breakPoints.length > 1) return [...breakPoints].sort((a, b) => a - b);
  if (values.length === 0) return [];
  const buckets = Math.max(1, Math.floor(count));
  const min = values.reduce((low, value) => Math.min(low, value), Infinity);
  const max = values.reduce((high, value) => Math.max(high, value), -Infinity);
  const delta = (max - min) / buckets;
  const precision = delta === 0 ? 0 : Math.max(0, Math.ceil(Math.log10(1 / delta)));
  const round = (value: number) => Number(value.toFixed(precision));
  const extraBucket = max > round(max) ? 1 : 0;
  const start = min < round(min) ? min - 1 : min;
  return Array.from({ length: buckets + 1 + extraBucket }, (_, index) =>
    round(start + index * delta),
  );
}

/** The bucket a value falls in (the last includes its upper edge), or -1 outside the edges. */
export function bucketIndex(value: number, edges: readonly number[]): number {
  const last = edges.length - 1;
  if (last < 1 || value < (edges[0] as number) || value > (edges[last] as number)) return -1;
  const index = edges.findIndex((edge, i) => i > 0 && value < edge);
  return index === -1 ? last - 1 : index - 1;
}

/** One colour per bucket, along the linear scheme. */
export function bucketColors(schemeId: unknown, edges: readonly number[]): RGBAColor[] {
  const count = edges.length - 1;
  if (count < 1) return [];
  return count === 1
    ? [sequentialColorRange(schemeId, 2)[1] as RGBAColor]
    : sequentialColorRange(schemeId, count);
}
