import type { ChartFilterOperator } from '@superset-ts/shared';
import type { ColumnTypeKind } from '../../column-type';

/** How an operator's value is edited: none, one value, a list, or a time range. */
export type ComparatorKind = 'none' | 'single' | 'multiple' | 'time-range';

interface OperatorInfo {
  /** The editor's choice (Superset's operator labels). */
  label: string;
  /** How the pill writes it (`=` for `==`). */
  symbol: string;
  comparator: ComparatorKind;
}

/** Every chart filter operator, in the order the editor lists them. */
const OPERATORS: Readonly<Record<ChartFilterOperator, OperatorInfo>> = {
  TEMPORAL_RANGE: { label: 'Time range', symbol: 'in', comparator: 'time-range' },
  '==': { label: 'Equal to (=)', symbol: '=', comparator: 'single' },
  '!=': { label: 'Not equal to (≠)', symbol: '≠', comparator: 'single' },
  '<': { label: 'Less than (<)', symbol: '<', comparator: 'single' },
  '<=': { label: 'Less or equal (<=)', symbol: '<=', comparator: 'single' },
  '>': { label: 'Greater than (>)', symbol: '>', comparator: 'single' },
  '>=': { label: 'Greater or equal (>=)', symbol: '>=', comparator: 'single' },
  IN: { label: 'In', symbol: 'IN', comparator: 'multiple' },
  'NOT IN': { label: 'Not in', symbol: 'NOT IN', comparator: 'multiple' },
  LIKE: { label: 'Like', symbol: 'LIKE', comparator: 'single' },
  'NOT LIKE': { label: 'Not like', symbol: 'NOT LIKE', comparator: 'single' },
  ILIKE: { label: 'Like (case insensitive)', symbol: 'ILIKE', comparator: 'single' },
  'NOT ILIKE': { label: 'Not like (case insensitive)', symbol: 'NOT ILIKE', comparator: 'single' },
  'IS NULL': { label: 'Is null', symbol: 'IS NULL', comparator: 'none' },
  'IS NOT NULL': { label: 'Is not null', symbol: 'IS NOT NULL', comparator: 'none' },
  'IS TRUE': { label: 'Is true', symbol: 'IS TRUE', comparator: 'none' },
  'IS FALSE': { label: 'Is false', symbol: 'IS FALSE', comparator: 'none' },
};

const PATTERN_OPERATORS = new Set<string>(['LIKE', 'NOT LIKE', 'ILIKE', 'NOT ILIKE']);
const BOOLEAN_OPERATORS = new Set<string>(['IS TRUE', 'IS FALSE']);
const ORDER_OPERATORS = new Set<string>(['<', '<=', '>', '>=']);

function isOperatorRelevant(operator: ChartFilterOperator, kind: ColumnTypeKind): boolean {
  if (operator === 'TEMPORAL_RANGE') return kind === 'temporal';
  if (BOOLEAN_OPERATORS.has(operator)) return kind === 'boolean' || kind === 'unknown';
  if (PATTERN_OPERATORS.has(operator)) return kind === 'string' || kind === 'unknown';
  if (ORDER_OPERATORS.has(operator)) return kind !== 'boolean';
  return true;
}

/** The operators a column of this kind can be filtered with (Superset's `isOperatorRelevant`). */
export function operatorsFor(kind: ColumnTypeKind): ChartFilterOperator[] {
  return (Object.keys(OPERATORS) as ChartFilterOperator[]).filter((operator) =>
    isOperatorRelevant(operator, kind),
  );
}

/** The operator a new filter on a column of this kind starts with: a time range or IN. */
export function defaultOperatorFor(kind: ColumnTypeKind): ChartFilterOperator {
  if (kind === 'temporal') return 'TEMPORAL_RANGE';
  return kind === 'boolean' ? 'IS TRUE' : 'IN';
}

const infoOf = (operator: string): OperatorInfo | undefined =>
  OPERATORS[operator.toUpperCase() as ChartFilterOperator];

/** The editor's label of an operator. */
export function operatorLabel(operator: string): string {
  return infoOf(operator)?.label ?? operator;
}

/** How a pill writes an operator. */
export function operatorSymbol(operator: string): string {
  return infoOf(operator)?.symbol ?? operator;
}

/** How the operator's value is edited; a single value for operators this app does not know. */
export function comparatorKindOf(operator: string): ComparatorKind {
  return infoOf(operator)?.comparator ?? 'single';
}
