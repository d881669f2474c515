import { forEachNode, isAstNode, type AstNode, type TemplateProgram } from './template-ast.js';

/**
 * Filters the interpreter does not know, provided as functions of the same name: Superset's
 * `where_in`. The interpreter only has its built-in filters, so `x | where_in(a)` is rewritten
 * into the call `where_in(x, a)` before the template runs.
 */
const FUNCTION_FILTERS: ReadonlySet<string> = new Set(['where_in']);

/** Rewrites each use of a function filter into a call, in place. */
export function rewriteFilterCalls(program: TemplateProgram): void {
  forEachNode(program, (node) => {
    if (node.type !== 'FilterExpression' || !isAstNode(node.filter)) return;
    const filter = node.filter;
    const callee =
      filter.type === 'CallExpression' && isAstNode(filter.callee) ? filter.callee : filter;
    if (callee.type !== 'Identifier' || !FUNCTION_FILTERS.has(String(callee.value))) return;
    const extraArguments =
      filter.type === 'CallExpression' && Array.isArray(filter.args) ? filter.args : [];
    const call: AstNode = node;
    call.type = 'CallExpression';
    call.callee = callee;
    call.args = [node.operand, ...(extraArguments as unknown[])];
  });
}
