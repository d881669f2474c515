import { parseProgram, type TemplateProgram } from './jinja-runtime.js';
import { TemplateError } from './template-error.js';

export type { TemplateProgram };

/** Any node of a parsed template, seen as data: its `type` and its fields. */
export type AstNode = { type: string } & Record<string, unknown>;

/** Whether a field holds a node. */
export function isAstNode(value: unknown): value is AstNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Parses a template with Jinja's default whitespace handling (no trim_blocks or
 * lstrip_blocks, as Superset's environment).
 *
 * @throws TemplateError of kind `syntax`.
 */
export function parseTemplate(template: string): TemplateProgram {
  try {
    return parseProgram(template, { lstrip_blocks: false, trim_blocks: false });
  } catch (error) {
    throw new TemplateError('syntax', syntaxMessage(error));
  }
}

function syntaxMessage(error: unknown): string {
  if (error instanceof RangeError) return 'the template nests too deeply to read.';
  // The parser reads past the last token when a block is left open.
  if (error instanceof TypeError) return 'the template ends inside an unclosed {{ }} or {% %}.';
  return error instanceof Error ? error.message : String(error);
}

/** Calls `visit` on every node under `root` (itself included), depth first. */
export function forEachNode(root: unknown, visit: (node: AstNode) => void): void {
  // Children go on the stack last-first, so nodes are visited in source order.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    let children: unknown[] = [];
    if (Array.isArray(value)) {
      children = value as unknown[];
    } else if (value instanceof Map) {
      children = [...(value as Map<unknown, unknown>)].flat();
    } else if (isAstNode(value)) {
      visit(value);
      children = Object.entries(value)
        .filter(([field]) => field !== 'type')
        .map(([, child]) => child);
    }
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]);
  }
}

/** The first name of `a.b[0].c`, or null when the chain does not start with a name. */
export function rootName(node: AstNode): string | null {
  let current: AstNode = node;
  while (current.type === 'MemberExpression' && isAstNode(current.object)) {
    current = current.object;
  }
  return current.type === 'Identifier' && typeof current.value === 'string' ? current.value : null;
}

/** The static property name of `a.b` or `a['b']`, or null when it is computed at run time. */
export function staticPropertyName(node: AstNode): string | null {
  if (node.type !== 'MemberExpression' || !isAstNode(node.property)) return null;
  const property = node.property;
  if (node.computed !== true && property.type === 'Identifier') return String(property.value);
  if (property.type === 'StringLiteral') return String(property.value);
  return null;
}

/** A short source-like description of an expression, for error messages. */
export function describeExpression(node: AstNode): string {
  switch (node.type) {
    case 'Identifier':
      return String(node.value);
    case 'MemberExpression': {
      const object = isAstNode(node.object) ? describeExpression(node.object) : '…';
      const property = isAstNode(node.property) ? node.property : null;
      if (property === null) return `${object}[…]`;
      if (node.computed !== true) return `${object}.${String(property.value)}`;
      return `${object}[${describeExpression(property)}]`;
    }
    case 'CallExpression':
      return `${isAstNode(node.callee) ? describeExpression(node.callee) : '…'}()`;
    case 'StringLiteral':
      return `'${String(node.value).slice(0, 40)}'`;
    case 'IntegerLiteral':
    case 'FloatLiteral':
      return String(node.value);
    default:
      return '…';
  }
}

/** The value of a literal argument (`42`, `'x'`, `True`, `None`, `['a']`), or undefined. */
export function literalValue(node: AstNode): unknown {
  switch (node.type) {
    case 'IntegerLiteral':
    case 'FloatLiteral':
    case 'StringLiteral':
      return node.value;
    case 'Identifier':
      return LITERAL_NAMES.get(String(node.value));
    case 'ArrayLiteral':
    case 'TupleLiteral': {
      if (!Array.isArray(node.value)) return undefined;
      const items = (node.value as unknown[]).map((item) =>
        isAstNode(item) ? literalValue(item) : undefined,
      );
      return items.includes(undefined) ? undefined : items;
    }
    default:
      return undefined;
  }
}

const LITERAL_NAMES: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['true', true],
  ['True', true],
  ['false', false],
  ['False', false],
  ['none', null],
  ['None', null],
]);
