import { allNodes, nodeType, type AstNode } from './ast-nodes.js';

/** What a statement does, as far as the guard is concerned. */
export type StatementKind = 'select' | 'readOnly' | 'mutating' | 'unparsed';

/** Statement types that only read and return rows or metadata. Anything else counts as mutating. */
const READ_ONLY_TYPES: ReadonlySet<string> = new Set(['show', 'desc', 'describe']);

/** Node types that are statements of their own, or clauses that write, wherever they appear. */
const WRITING_NODE_TYPES: ReadonlySet<string> = new Set([
  'insert',
  'replace',
  'update',
  'delete',
  'merge',
  'create',
  'drop',
  'alter',
  'truncate',
  'rename',
  'grant',
  'revoke',
  'set',
  'call',
  'exec',
  'execute',
  'use',
  'lock',
  'unlock',
  'transaction',
  'load_data',
  'declare',
  'deallocate',
  'into',
]);

/** A kind with the reason a user is shown when it is refused. */
export interface Classification {
  kind: StatementKind;
  reason: string | null;
}

function writingReason(node: AstNode): string | null {
  const type = nodeType(node);
  if (type === 'into') return 'writes its rows into a table, a variable or a file (INTO)';
  if (type !== null && WRITING_NODE_TYPES.has(type)) return `contains ${type.toUpperCase()}`;
  if (node.locking_read !== undefined && node.locking_read !== null) return 'locks rows';
  const into = node.into;
  if (type === 'select' && into !== null && typeof into === 'object') {
    const { expr, position } = into as AstNode;
    if ((expr ?? null) !== null || (position ?? null) !== null) {
      return 'writes its rows into a table, a variable or a file (INTO)';
    }
  }
  return null;
}

/**
 * Classifies one parsed statement. Only SELECT (including WITH ... SELECT and set operations),
 * SHOW and DESCRIBE are read-only; every other statement type is mutating, so a type this
 * code has never seen is refused rather than allowed.
 */
export function classifyAst(ast: AstNode): Classification {
  const type = nodeType(ast) ?? 'unknown';
  if (READ_ONLY_TYPES.has(type)) return { kind: 'readOnly', reason: null };
  if (type !== 'select') {
    const article = /^[aeiou]/.test(type) ? 'an' : 'a';
    return { kind: 'mutating', reason: `is ${article} ${type.toUpperCase()} statement` };
  }
  for (const node of allNodes(ast)) {
    const reason = writingReason(node);
    if (reason !== null) return { kind: 'mutating', reason };
  }
  return { kind: 'select', reason: null };
}
