import type { WaterfallBar } from './waterfall-bars';

/** How a waterfall bar is drawn with stacked bars that stack positives and negatives apart. */
export interface StackPieces {
  /** The bar under the visible one: invisible spacing, or null when there is none. */
  base: number | null;
  /** The base is part of the bar (a change crossing zero), drawn in the bar's color. */
  isBaseVisible: boolean;
  /** The visible bar, stacked on the base (negative below zero). */
  visible: number;
}

/**
 * Splits a bar into what ECharts stacks (positives on positives, negatives on negatives): a
 * change on one side of zero is an invisible base up to its nearer end plus the change; a
 * change crossing zero is two visible parts, one each side; a total stands from zero.
 */
export function stackPiecesOf(bar: WaterfallBar): StackPieces {
  if (bar.kind === 'total') return { base: null, isBaseVisible: false, visible: bar.end };
  const { start, end } = bar;
  if (start * end < 0) return { base: start, isBaseVisible: true, visible: end };
  const side = start + end >= 0 ? 1 : -1;
  const nearer = side > 0 ? Math.min(start, end) : Math.max(start, end);
  return {
    base: nearer === 0 ? null : nearer,
    isBaseVisible: false,
    visible: side * Math.abs(end - start),
  };
}
