/** Numbers from a comma-separated list, skipping parts that are not numbers. */
export function parseNumberList(text: string | undefined): number[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number)
    .filter((value) => Number.isFinite(value));
}

/** What the intervals read from the form data. */
export interface IntervalInput {
  intervals?: string;
  interval_color_indices?: string;
  interval_colors?: readonly string[];
}

/**
 * The gauge axis line's color stops (ECharts `axisLine.lineStyle.color`): each interval's
 * upper bound as a fraction of the axis from min to max, and its color: the saved color, else
 * the scheme color at the 1-based index (wrapping), else the scheme's next color.
 */
export function intervalColorStops(
  input: IntervalInput,
  min: number,
  max: number,
  schemeColors: readonly string[],
): [number, string][] {
  const bounds = parseNumberList(input.intervals);
  const indices = parseNumberList(input.interval_color_indices);
  const span = max - min || 1;
  const schemeColor = (position: number) =>
    schemeColors[((position % schemeColors.length) + schemeColors.length) % schemeColors.length] ??
    '#1FA8C9';
  return bounds.map((bound, i) => {
    const fraction = Math.min(1, Math.max(0, (bound - min) / span));
    const index = indices[i];
    const color =
      input.interval_colors?.[i] ?? (index === undefined ? schemeColor(i) : schemeColor(index - 1));
    return [fraction, color];
  });
}
