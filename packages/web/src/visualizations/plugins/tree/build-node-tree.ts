import { cellText, toNumberOrNull } from '../../core/query/results';

/** A node of the drawn tree. */
export interface TreeChartNode {
  name: string;
  value?: number;
  children: TreeChartNode[];
}

/** Where the tree's columns are in the result rows. */
export interface TreeColumns {
  id: string;
  parent: string;
  name: string;
  /** The metric's column; nodes have no value without one. */
  metric?: string;
}

/** Thrown when the chosen root node id is not among the rows. */
export class RootNodeNotFoundError extends Error {
  constructor(rootId: string) {
    super(`No row has the root node id "${rootId}".`);
    this.name = 'RootNodeNotFoundError';
  }
}

/** Thrown when every row's parent is another row, so no row can be the root on its own. */
export class NoRootNodeError extends Error {
  constructor() {
    super('Every node has a parent among the rows, so there is no root: choose a root node id.');
    this.name = 'NoRootNodeError';
  }
}

type Row = Readonly<Record<string, unknown>>;

const keyOf = (value: unknown) => (value === null || value === undefined ? '' : cellText(value));

/**
 * The tree rooted at `rootId`, or at the row whose subtree is largest among rows without a
 * parent in the data (Superset picks the root the same way when none is given). A node is
 * visited once, so a loop in the parent links cannot recurse forever.
 *
 * @throws RootNodeNotFoundError when `rootId` is given and no row has that id.
 * @throws NoRootNodeError when no root is given and every row has a parent among the rows.
 */
export function buildNodeTree(
  rows: readonly Row[],
  columns: TreeColumns,
  rootId?: string,
): TreeChartNode | undefined {
  const rowById = new Map<string, Row>();
  const childrenByParent = new Map<string, Row[]>();
  for (const row of rows) {
    const id = keyOf(row[columns.id]);
    if (!rowById.has(id)) rowById.set(id, row);
    const parent = keyOf(row[columns.parent]);
    const siblings = childrenByParent.get(parent);
    if (siblings) siblings.push(row);
    else childrenByParent.set(parent, [row]);
  }

  const build = (row: Row, visited: Set<string>): TreeChartNode => {
    const id = keyOf(row[columns.id]);
    visited.add(id);
    const value = columns.metric === undefined ? null : toNumberOrNull(row[columns.metric]);
    const children = (childrenByParent.get(id) ?? [])
      .filter((child) => !visited.has(keyOf(child[columns.id])))
      .map((child) => build(child, visited));
    return {
      name: keyOf(row[columns.name]),
      ...(value === null ? {} : { value }),
      children,
    };
  };

  if (rootId !== undefined && rootId !== '') {
    const root = rowById.get(rootId);
    if (!root) throw new RootNodeNotFoundError(rootId);
    return build(root, new Set());
  }
  const candidates = rows.filter((row) => !rowById.has(keyOf(row[columns.parent])));
  if (candidates.length === 0 && rows.length > 0) throw new NoRootNodeError();
  const countNodes = (node: TreeChartNode): number =>
    1 + node.children.reduce((sum, child) => sum + countNodes(child), 0);
  let best: { tree: TreeChartNode; size: number } | undefined;
  for (const candidate of candidates) {
    const tree = build(candidate, new Set());
    const size = countNodes(tree);
    if (!best || size > best.size) best = { tree, size };
  }
  return best?.tree;
}
