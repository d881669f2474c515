import { defineMacro, flag } from './macro-arguments.js';
import { addToCacheKey, type MacroScope } from './macro-scope.js';
import type { JinjaValue } from './jinja-values.js';

/**
 * Superset's user macros: `current_user_id`, `current_username`, `current_user_email` and
 * `current_user_roles`, each adding its value to the cache key unless
 * `add_to_cache_keys=False`, and `cache_key_wrapper(value)`.
 */
export function userMacros(scope: MacroScope): [string, JinjaValue][] {
  const user = scope.context.user ?? null;
  const userValue = (name: string, read: () => unknown): [string, JinjaValue] => [
    name,
    defineMacro(name, ['add_to_cache_keys'], (args) => {
      const value = read();
      if (value === null || value === undefined || value === '') return null;
      if (flag(args.add_to_cache_keys, true)) addToCacheKey(scope.record, value);
      return value;
    }),
  ];
  return [
    userValue('current_user_id', () => user?.id),
    userValue('current_username', () => user?.username),
    userValue('current_user_email', () => user?.email),
    [
      'current_user_roles',
      defineMacro('current_user_roles', ['add_to_cache_keys'], (args) => {
        const roles = [...(user?.roles ?? [])].sort();
        if (roles.length === 0) return null;
        if (flag(args.add_to_cache_keys, true)) {
          addToCacheKey(scope.record, `[${roles.map((role) => JSON.stringify(role)).join(', ')}]`);
        }
        return roles;
      }),
    ],
    [
      'cache_key_wrapper',
      defineMacro('cache_key_wrapper', ['key'], (args) =>
        addToCacheKey(scope.record, args.key ?? null),
      ),
    ],
  ];
}
