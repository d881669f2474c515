import { defineMacro, flag, isTruthy } from './macro-arguments.js';
import type { JinjaValue } from './jinja-values.js';
import { sqlLiteral } from './sql-literal.js';
import { TemplateError } from './template-error.js';

const MARK_WARNING =
  '\n-- WARNING: the `mark` parameter was removed from the `where_in` macro for security reasons\n';

/**
 * Superset's `where_in` filter, `{{ values | where_in }}` → `('a', 'b')`, each value a literal
 * escaped for the engine. Also callable as `where_in(values)`. An empty list gives `()`, or
 * None with `default_to_none=True`; a `mark` only adds Superset's warning comment.
 */
export function whereInFilter(engine: string): JinjaValue {
  return defineMacro('where_in', ['values', 'mark', 'default_to_none'], (args) => {
    if (!Array.isArray(args.values)) {
      throw new TemplateError(
        'render',
        'where_in needs a list of values, e.g. {{ [1, 2] | where_in }}.',
      );
    }
    const joined = (args.values as unknown[]).map((value) => sqlLiteral(engine, value)).join(', ');
    if (joined === '' && flag(args.default_to_none, false)) return null;
    const result = `(${joined})`;
    return isTruthy(args.mark) ? `${result}${MARK_WARNING}` : result;
  });
}
