import type { NumberFormatter } from '../../formatting/number-formatter';

/** What a node's label shows in the hierarchy charts (Superset's Treemap and Sunburst `label_type`). */
export type HierarchyLabelType = 'key' | 'value' | 'key_value';

/** A treemap rectangle's or a sunburst arc's label for the label type. */
export function hierarchyLabel(
  type: HierarchyLabelType,
  name: string,
  value: number,
  formatValue: NumberFormatter,
): string {
  switch (type) {
    case 'key':
      return name;
    case 'value':
      return formatValue(value);
    case 'key_value':
      return `${name}: ${formatValue(value)}`;
  }
}
