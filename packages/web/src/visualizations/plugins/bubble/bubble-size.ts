/** The size of the smallest bubble, in pixels (Superset's `MINIMUM_BUBBLE_SIZE`). */
export const MINIMUM_BUBBLE_SIZE = 5;

/**
 * Maps a size value to a symbol size (Superset's `normalizeSymbolSize`): linear from the
 * smallest value (the minimum size) to the largest (the minimum plus twice the max bubble
 * size). Equal or missing sizes get the minimum.
 */
export function createBubbleSizer(
  sizes: readonly (number | null)[],
  maxBubbleSize: number,
): (size: number | null) => number {
  const present = sizes.filter((size): size is number => size !== null);
  const low = Math.min(...present);
  const spread = Math.max(...present) - low;
  return (size) =>
    size === null || !(spread > 0)
      ? MINIMUM_BUBBLE_SIZE
      : ((size - low) / spread) * maxBubbleSize * 2 + MINIMUM_BUBBLE_SIZE;
}
