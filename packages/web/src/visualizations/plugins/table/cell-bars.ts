import { toNumberOrNull } from '../../core/query/results';

/** Where a cell's background bar is drawn, in percent of the cell's width, and its colour. */
export interface CellBarStyle {
  leftPercent: number;
  widthPercent: number;
  color: string;
}

/** How a column's bars are drawn. */
export interface CellBarOptions {
  /** Bars grow from the left edge by |value| (Superset's `align_pn`). */
  alignPositiveNegative: boolean;
  /** Negative bars red, positive green; grey otherwise (Superset's `color_pn`). */
  colorPositiveNegative: boolean;
}

const NEUTRAL_BAR = 'rgba(0, 0, 0, 0.08)';
const POSITIVE_BAR = 'rgba(82, 196, 26, 0.25)';
const NEGATIVE_BAR = 'rgba(255, 77, 79, 0.25)';

function extentOf(values: Iterable<unknown>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const raw of values) {
    const value = toNumberOrNull(raw);
    if (value === null) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

/**
 * The bar of each numeric cell of a column (Superset's `cellWidth`/`cellOffset`): with
 * `alignPositiveNegative` a bar's length is |value| over the largest |value|; otherwise the
 * column's range, zero included, spans the cell and negative bars end at the zero line.
 *
 * @returns undefined when the column holds no numbers.
 */
export function createCellBar(
  values: Iterable<unknown>,
  options: CellBarOptions,
): ((value: unknown) => CellBarStyle | undefined) | undefined {
  const extent = extentOf(values);
  if (!extent) return undefined;
  const [min, max] = extent;
  const largest = Math.max(Math.abs(min), Math.abs(max));
  const positiveExtent = Math.max(max, 0);
  const negativeExtent = Math.abs(Math.min(min, 0));
  const total = positiveExtent + negativeExtent;
  return (raw) => {
    const value = toNumberOrNull(raw);
    if (value === null) return undefined;
    const color = options.colorPositiveNegative
      ? value < 0
        ? NEGATIVE_BAR
        : POSITIVE_BAR
      : NEUTRAL_BAR;
    if (options.alignPositiveNegative) {
      const widthPercent = largest === 0 ? 0 : (Math.abs(value) / largest) * 100;
      return { leftPercent: 0, widthPercent, color };
    }
    if (total === 0) return { leftPercent: 0, widthPercent: 0, color };
    const widthPercent = (Math.abs(value) / total) * 100;
    const leftPercent = (Math.min(negativeExtent + value, negativeExtent) / total) * 100;
    return { leftPercent, widthPercent, color };
  };
}
