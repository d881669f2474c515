import { defineMacro, flag, isTruthy, requireString } from './macro-arguments.js';
import { addToCacheKey, type MacroScope } from './macro-scope.js';
import type { JinjaValue } from './jinja-values.js';
import { escapeSqlString } from './sql-literal.js';

/**
 * `url_param(param, default=None, add_to_cache_keys=True, escape_result=True)`: a URL
 * parameter of the request or the chart's `url_params`. Strings come back with quotes escaped
 * for the engine, ready to sit inside `'...'`.
 */
export function urlParamMacro(scope: MacroScope): JinjaValue {
  return defineMacro(
    'url_param',
    ['param', 'default', 'add_to_cache_keys', 'escape_result'],
    (args) => {
      const param = requireString('url_param', 'param', args.param);
      const params = scope.context.urlParams ?? {};
      let result = Object.hasOwn(params, param) ? params[param] : (args.default ?? null);
      if (typeof result === 'string' && isTruthy(result) && flag(args.escape_result, true)) {
        result = escapeSqlString(scope.context.engine, result);
      }
      if (flag(args.add_to_cache_keys, true)) addToCacheKey(scope.record, result ?? null);
      return result ?? null;
    },
  );
}
