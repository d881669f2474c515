/**
 * A new id for an adhoc metric or filter (Superset's `optionName`, `metric_<random>`): it
 * keys the item in lists and survives edits of its label.
 */
export function newOptionName(prefix: 'metric' | 'filter'): string {
  const random = () => Math.random().toString(36).slice(2, 12);
  return `${prefix}_${random()}_${random()}`;
}
