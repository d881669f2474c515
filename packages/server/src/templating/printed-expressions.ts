import { forEachNode, isAstNode, type AstNode, type TemplateProgram } from './template-ast.js';

/** Node types that are statements of a block; everything else in a block is printed. */
const STATEMENT_TYPES: ReadonlySet<string> = new Set([
  'Break',
  'CallStatement',
  'Comment',
  'Continue',
  'FilterStatement',
  'For',
  'If',
  'Macro',
  'Set',
]);

/** Fields of a node that hold a block: a list of statements whose values are output. */
const BLOCK_FIELDS = ['body', 'alternate', 'defaultBlock'] as const;

/**
 * The nodes whose values a template writes out: the text between tags and each `{{ ... }}`.
 * Printing is where Python's way of showing values (None, True, lists) and the check for
 * undefined names apply.
 */
export function findPrintedExpressions(program: TemplateProgram): WeakSet<AstNode> {
  const printed = new WeakSet<AstNode>();
  forEachNode(program, (node) => {
    for (const field of BLOCK_FIELDS) {
      const block = node[field];
      if (!Array.isArray(block)) continue;
      for (const item of block as unknown[]) {
        if (isAstNode(item) && !STATEMENT_TYPES.has(item.type)) printed.add(item);
      }
    }
  });
  return printed;
}
