import {
  fromJinja,
  jinjaFunction,
  splitArguments,
  toJinja,
  type JinjaValue,
} from './jinja-values.js';
import { TemplateError } from './template-error.js';

/** A macro's arguments by parameter name, as plain values (absent ones are `undefined`). */
export type MacroArguments = Readonly<Record<string, unknown>>;

/**
 * Binds a call's arguments to Python-style parameters: positional first, then keywords.
 *
 * @throws TemplateError for too many arguments, an unknown keyword, or one given twice.
 */
export function bindArguments(
  name: string,
  parameters: readonly string[],
  args: readonly JinjaValue[],
): MacroArguments {
  const { positional, keywords } = splitArguments(args);
  if (positional.length > parameters.length) {
    throw new TemplateError(
      'render',
      `${name}() takes at most ${parameters.length} arguments (${positional.length} given).`,
    );
  }
  const bound: Record<string, unknown> = {};
  positional.forEach((value, index) => {
    bound[parameters[index] as string] = fromJinja(value);
  });
  for (const [keyword, value] of keywords) {
    if (!parameters.includes(keyword)) {
      throw new TemplateError(
        'render',
        `${name}() got an unexpected keyword argument '${keyword}'.`,
      );
    }
    if (keyword in bound) {
      throw new TemplateError('render', `${name}() got multiple values for argument '${keyword}'.`);
    }
    bound[keyword] = fromJinja(value);
  }
  return bound;
}

/**
 * A function templates call with Python-style parameters. It receives plain values and
 * returns plain data, which becomes an interpreter value again.
 */
export function defineMacro(
  name: string,
  parameters: readonly string[],
  implementation: (args: MacroArguments) => unknown,
): JinjaValue {
  return jinjaFunction(name, (args) =>
    toJinja(implementation(bindArguments(name, parameters, args)), `${name}()`),
  );
}

/** Python truthiness, for flags such as `add_to_cache_keys` (absent means `fallback`). */
export function flag(value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return isTruthy(value);
}

/** Whether Python would treat a plain value as true. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A required string argument. */
export function requireString(name: string, parameter: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new TemplateError('render', `${name}() needs ${parameter} as a string.`);
  }
  return value;
}

/** An optional string argument (None or absent gives null). */
export function optionalString(name: string, parameter: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return requireString(name, parameter, value);
}
