import type { BuildContext } from './build-context.js';
import { aliasFor } from './labels.js';

/** One output column of a chart query: its SQL and the label the chart reads. */
export interface SelectItem {
  sql: string;
  label: string;
}

/** `sql AS "label"` (a hashed alias when the label is too long for the engine). */
export function renderItem(context: BuildContext, item: SelectItem): string {
  return `${item.sql} AS ${context.quote(aliasFor(item.label, context.dialect))}`;
}

/** Items without repeated labels, the first kept (Superset's `remove_duplicates` by name). */
export function uniqueByLabel(items: readonly SelectItem[]): SelectItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.label) && seen.add(item.label));
}
