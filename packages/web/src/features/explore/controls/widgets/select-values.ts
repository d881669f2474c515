import type { SelectOption } from '../../../../visualizations';

/** A select's value: what its options hold. */
export type OptionValue = string | number;

/** Whether every option is a number (row limits, series limits): typed text becomes a number. */
export function hasNumericOptions(options: readonly SelectOption[]): boolean {
  return options.length > 0 && options.every((option) => typeof option.value === 'number');
}

/**
 * A stored or typed value as the options hold it: `"100"` is 100 among numeric options (form
 * data from URLs and old charts often carries numbers as text).
 */
export function toOptionValue(value: unknown, isNumeric: boolean): OptionValue | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return undefined;
  const number = Number(value);
  return isNumeric && value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/**
 * The options with any value missing from them added (a value typed earlier, or one a saved
 * chart holds), so the select can show it.
 */
export function withValues(
  options: readonly SelectOption[],
  values: readonly OptionValue[],
): SelectOption[] {
  const missing = values.filter((value) => !options.some((option) => option.value === value));
  return [...missing.map((value) => ({ value, label: String(value) })), ...options];
}
