import { toNumberOrNull } from '../../core/query/results';

/** A node of a hierarchy chart: a dimension value and the metric summed over its rows. */
export interface TreeNode {
  /** The value's display name (times formatted, missing values as `<NULL>`). */
  name: string;
  value: number;
  /** The secondary metric summed the same way (the primary one when there is none). */
  secondaryValue: number;
  children?: TreeNode[];
}

/** One level of the hierarchy: the result column, and how its values are named. */
export interface TreeLevel {
  column: string;
  nameOf: (value: unknown) => string;
}

const metricValue = (row: Readonly<Record<string, unknown>>, metric: string) =>
  toNumberOrNull(row[metric]) ?? 0;

/**
 * Nests result rows by the levels' columns, in order of first appearance (Superset's
 * `treeBuilder`): a leaf per row of the last level, a parent's values the sums of its
 * children. Rows are grouped by raw value, so a missing value and the text "null" stay apart.
 */
export function buildTree(
  rows: readonly Readonly<Record<string, unknown>>[],
  levels: readonly TreeLevel[],
  metric: string,
  secondaryMetric?: string,
): TreeNode[] {
  const [level, ...deeper] = levels;
  if (!level) return [];
  const groups = new Map<unknown, Readonly<Record<string, unknown>>[]>();
  for (const row of rows) {
    const key = row[level.column];
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const nodes: TreeNode[] = [];
  for (const [key, group] of groups) {
    const name = level.nameOf(key);
    if (deeper.length === 0) {
      for (const row of group) {
        const value = metricValue(row, metric);
        const secondaryValue = secondaryMetric ? metricValue(row, secondaryMetric) : value;
        nodes.push({ name, value, secondaryValue });
      }
    } else {
      const children = buildTree(group, deeper, metric, secondaryMetric);
      nodes.push({
        name,
        children,
        value: children.reduce((sum, child) => sum + child.value, 0),
        secondaryValue: children.reduce((sum, child) => sum + child.secondaryValue, 0),
      });
    }
  }
  return nodes;
}
