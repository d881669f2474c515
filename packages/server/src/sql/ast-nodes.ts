/** An object node of node-sql-parser's AST, read without trusting its declared types. */
export type AstNode = Readonly<Record<string, unknown>>;

/** Whether a value is an object node (not an array, not null). */
export function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node's `type`, or null when it has none. */
export function nodeType(node: AstNode): string | null {
  return typeof node.type === 'string' ? node.type : null;
}

/** The object nodes directly below a value (through arrays), skipping the keys in `skip`. */
export function childNodes(value: unknown, skip: ReadonlySet<string> = new Set()): AstNode[] {
  const values = Array.isArray(value)
    ? (value as unknown[])
    : isAstNode(value)
      ? Object.entries(value)
          .filter(([key]) => !skip.has(key))
          .map(([, child]) => child)
      : [];
  return values.flatMap((child) =>
    Array.isArray(child) ? childNodes(child) : isAstNode(child) ? [child] : [],
  );
}

/** Every object node in a tree, the root first. */
export function allNodes(root: unknown): AstNode[] {
  const found: AstNode[] = [];
  const pending = isAstNode(root) ? [root] : childNodes(root);
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    found.push(node);
    pending.push(...childNodes(node));
  }
  return found;
}
