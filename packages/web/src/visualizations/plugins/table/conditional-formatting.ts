import { toNumberOrNull } from '../../core/query/results';
import { parseRuleColor, type Rgb } from './rule-color';

/** Superset's `COMPARATOR`s, plus `None` (shade every value by its place in the range). */
export const COMPARATORS = [
  'None',
  '>',
  '<',
  '≥',
  '≤',
  '=',
  '≠',
  '< x <',
  '≤ x ≤',
  '≤ x <',
  '< x ≤',
] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** The ASCII spellings a hand-written or older rule may use. */
const COMPARATOR_ALIASES: Readonly<Record<string, Comparator>> = {
  '>=': '≥',
  '<=': '≤',
  '==': '=',
  '!=': '≠',
  '<>': '≠',
  between: '< x <',
};

const RANGE_COMPARATORS = new Set<Comparator>(['< x <', '≤ x ≤', '≤ x <', '< x ≤']);

/** One `conditional_formatting` rule, read and checked. */
export interface ConditionalFormattingRule {
  column: string;
  operator: Comparator;
  targetValue?: number;
  targetValueLeft?: number;
  targetValueRight?: number;
  color: Rgb;
}

/** A rule ready to colour cells: the column it applies to and the colour of a value. */
export interface CellColorRule {
  column: string;
  colorOf: (value: unknown) => string | undefined;
}

function readComparator(value: unknown): Comparator | undefined {
  if (value === undefined || value === null) return 'None';
  if (typeof value !== 'string') return undefined;
  const known = COMPARATORS.find((comparator) => comparator === value);
  return known ?? COMPARATOR_ALIASES[value.trim().toLowerCase()];
}

function readRule(raw: unknown): ConditionalFormattingRule | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const fields = raw as Record<string, unknown>;
  const column = typeof fields.column === 'string' ? fields.column : undefined;
  const operator = readComparator(fields.operator);
  const color = parseRuleColor(fields.colorScheme ?? fields.color);
  if (!column || !operator || !color) return undefined;
  const rule: ConditionalFormattingRule = { column, operator, color };
  const target = toNumberOrNull(fields.targetValue);
  const left = toNumberOrNull(fields.targetValueLeft);
  const right = toNumberOrNull(fields.targetValueRight);
  if (target !== null) rule.targetValue = target;
  if (left !== null) rule.targetValueLeft = left;
  if (right !== null) rule.targetValueRight = right;
  if (RANGE_COMPARATORS.has(operator)) return left !== null && right !== null ? rule : undefined;
  return operator === 'None' || target !== null ? rule : undefined;
}

/**
 * The `conditional_formatting` form value as rules; incomplete rules (no column, no colour,
 * a missing target value) are left out, as Superset skips them.
 */
export function parseConditionalFormatting(value: unknown): ConditionalFormattingRule[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(readRule)
    .filter((rule): rule is ConditionalFormattingRule => rule !== undefined);
}

interface Extent {
  min: number;
  max: number;
}

function extentOf(values: Iterable<number>): Extent | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : undefined;
}

/** Where a matching value sits: from the rule's cutoff (faint) to the column's extreme (full). */
interface Match {
  cutoff: number;
  extreme: number;
}

function matchValue(rule: ConditionalFormattingRule, value: number, extent: Extent): Match | null {
  const target = rule.targetValue ?? 0;
  const left = rule.targetValueLeft ?? 0;
  const right = rule.targetValueRight ?? 0;
  const between = { cutoff: left, extreme: right };
  switch (rule.operator) {
    case 'None':
      return { cutoff: extent.min, extreme: extent.max };
    case '>':
      return value > target ? { cutoff: target, extreme: extent.max } : null;
    case '≥':
      return value >= target ? { cutoff: target, extreme: extent.max } : null;
    case '<':
      return value < target ? { cutoff: target, extreme: extent.min } : null;
    case '≤':
      return value <= target ? { cutoff: target, extreme: extent.min } : null;
    case '=':
      return value === target ? { cutoff: target, extreme: target } : null;
    case '≠': {
      if (value === target) return null;
      const isMinFarther = Math.abs(target - extent.min) > Math.abs(extent.max - target);
      return { cutoff: target, extreme: isMinFarther ? extent.min : extent.max };
    }
    case '< x <':
      return value > left && value < right ? between : null;
    case '≤ x ≤':
      return value >= left && value <= right ? between : null;
    case '≤ x <':
      return value >= left && value < right ? between : null;
    case '< x ≤':
      return value > left && value <= right ? between : null;
  }
}

const MAX_OPACITY = 1;

/** Superset's `getOpacity`: linear from the cutoff to the extreme, never fully transparent. */
function opacityOf(value: number, match: Match, minOpacity: number): number {
  if (match.extreme === match.cutoff) return MAX_OPACITY;
  const slope = (MAX_OPACITY - minOpacity) / (match.extreme - match.cutoff);
  const opacity = Math.abs(slope * (value - match.cutoff)) + minOpacity;
  return Math.round(Math.min(MAX_OPACITY, opacity) * 100) / 100;
}

/**
 * Turns rules into cell colourers (Superset's `getColorFormatters`): a matching cell gets the
 * rule's colour, more opaque the farther its value is from the rule's cutoff towards the
 * column's extreme.
 *
 * @param valuesOf the numbers of a column the extremes are taken from (the rows shown)
 */
export function createCellColorRules(
  rules: readonly ConditionalFormattingRule[],
  valuesOf: (column: string) => Iterable<number>,
): CellColorRule[] {
  return rules.map((rule) => {
    const extent = extentOf(valuesOf(rule.column)) ?? { min: 0, max: 0 };
    const minOpacity = rule.operator === 'None' ? 0 : 0.05;
    const { r, g, b } = rule.color;
    return {
      column: rule.column,
      colorOf: (raw: unknown) => {
        const value = toNumberOrNull(raw);
        if (value === null) return undefined;
        const match = matchValue(rule, value, extent);
        if (!match) return undefined;
        return `rgba(${r}, ${g}, ${b}, ${opacityOf(value, match, minOpacity)})`;
      },
    };
  });
}

/** The background of a cell: the colour of the last rule of its column that matches. */
export function cellBackground(
  rules: readonly CellColorRule[],
  column: string,
  value: unknown,
): string | undefined {
  let color: string | undefined;
  for (const rule of rules) {
    if (rule.column !== column) continue;
    color = rule.colorOf(value) ?? color;
  }
  return color;
}

/** The numbers of one column of the rows, skipping missing and non-numeric cells. */
export function* numericValues(
  rows: readonly Record<string, unknown>[],
  column: string,
): Generator<number> {
  for (const row of rows) {
    const value = toNumberOrNull(row[column]);
    if (value !== null) yield value;
  }
}
