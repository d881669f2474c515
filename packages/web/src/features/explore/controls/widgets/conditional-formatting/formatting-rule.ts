import type { QueryMetric } from '@superset-ts/shared';
import { ensureArray } from '../../../../../visualizations/core/form-data';
import { getMetricLabel } from '../../../../../visualizations';
import {
  COMPARATORS,
  type Comparator,
} from '../../../../../visualizations/plugins/table/conditional-formatting';
import type { ChartFormData } from '../../../../../visualizations';
import type { ExploreDataset } from '../../../explore-dataset';
import { columnTypeOf } from '../../column-type';
import { isQueryMetric } from '../metrics/adhoc-metric';

/** One `conditional_formatting` entry as the editor writes it (Superset's shape). */
export interface FormattingRule {
  column: string;
  operator: Comparator;
  targetValue?: number;
  targetValueLeft?: number;
  targetValueRight?: number;
  /** The colour, `#rrggbb`. */
  colorScheme: string;
}

/** The comparators the editor offers, as the table reads them. */
export const RULE_OPERATORS: readonly Comparator[] = COMPARATORS;

const RANGE_OPERATORS = new Set<Comparator>(['< x <', '≤ x ≤', '≤ x <', '< x ≤']);

/** How many target values an operator takes: none (shade all), one, or a range's two. */
export function targetCountOf(operator: Comparator): 0 | 1 | 2 {
  if (operator === 'None') return 0;
  return RANGE_OPERATORS.has(operator) ? 2 : 1;
}

/** The colour a new rule starts with (Superset's first formatter colour). */
export const DEFAULT_RULE_COLOR = '#ACE1C4';

/** A rule the editor starts from when adding one. */
export function newFormattingRule(): Partial<FormattingRule> {
  return { operator: '>', colorScheme: DEFAULT_RULE_COLOR };
}

/** Whether a rule has everything the table needs to apply it. */
export function isRuleComplete(rule: Partial<FormattingRule>): rule is FormattingRule {
  if (!rule.column || !rule.operator || !rule.colorScheme) return false;
  const count = targetCountOf(rule.operator);
  if (count === 1) return rule.targetValue !== undefined;
  if (count === 2) return rule.targetValueLeft !== undefined && rule.targetValueRight !== undefined;
  return true;
}

/** A complete rule with only the target values its operator reads. */
export function cleanRule(rule: FormattingRule): FormattingRule {
  const { column, operator, colorScheme } = rule;
  const count = targetCountOf(operator);
  if (count === 1) return { column, operator, colorScheme, targetValue: rule.targetValue };
  if (count === 2) {
    return {
      column,
      operator,
      colorScheme,
      targetValueLeft: rule.targetValueLeft,
      targetValueRight: rule.targetValueRight,
    };
  }
  return { column, operator, colorScheme };
}

/** A rule's pill: `num > 100`, `num 1 < x < 9`. */
export function ruleLabel(rule: Partial<FormattingRule>): string {
  const column = rule.column ?? '?';
  const operator = rule.operator ?? 'None';
  const count = targetCountOf(operator);
  if (count === 0) return `${column} (all values)`;
  if (count === 1) return `${column} ${operator} ${rule.targetValue ?? '?'}`;
  const [left, right] = operator.split(' x ');
  return `${rule.targetValueLeft ?? '?'} ${left} ${column} ${right} ${rule.targetValueRight ?? '?'}`;
}

/**
 * The numeric columns of the table rules may colour: the metrics and percentage metrics of
 * the form data, and the dataset's numeric columns.
 */
export function formattableColumns(formData: ChartFormData, dataset: ExploreDataset): string[] {
  const metricsOf = (value: unknown) => ensureArray(value as QueryMetric[]).filter(isQueryMetric);
  const names = [
    ...metricsOf(formData.metrics).map(getMetricLabel),
    ...metricsOf(formData.percent_metrics).map((metric) => `%${getMetricLabel(metric)}`),
    ...dataset.columns
      .filter((column) => columnTypeOf(column) === 'numeric')
      .map((c) => c.column_name),
  ];
  return [...new Set(names.filter(Boolean))];
}

/** Whether a stored value is a rule object (saved charts can hold anything). */
export function isRuleLike(value: unknown): value is Partial<FormattingRule> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
