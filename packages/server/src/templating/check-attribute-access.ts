import { forEachNode, staticPropertyName, type TemplateProgram } from './template-ast.js';
import { TemplateError } from './template-error.js';

/**
 * Names no template may read as an attribute: JavaScript's ways to reach a constructor,
 * a prototype or a function's internals. Names starting with `_` are refused too, as Jinja's
 * sandbox does (`__class__`, `__globals__`, `__proto__`, ...).
 */
const FORBIDDEN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'apply',
  'arguments',
  'bind',
  'call',
  'caller',
  'callee',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** Whether templates may read an attribute of this name. */
function isAllowedAttribute(name: string): boolean {
  return !name.startsWith('_') && !FORBIDDEN_ATTRIBUTES.has(name);
}

/**
 * Refuses a template that names a forbidden attribute anywhere, before anything runs. The
 * interpreter could not follow such a name to a JavaScript object anyway; refusing it gives
 * the author a clear error instead of an empty value.
 *
 * @throws TemplateError naming the attribute.
 */
export function checkAttributeAccess(program: TemplateProgram): void {
  forEachNode(program, (node) => {
    const name = staticPropertyName(node);
    if (name !== null && !isAllowedAttribute(name)) {
      throw new TemplateError(
        'render',
        `access to the attribute '${name}' is not allowed in templates.`,
      );
    }
  });
}
