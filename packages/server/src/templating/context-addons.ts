import {
  fromJinja,
  jinjaFunction,
  splitArguments,
  toJinja,
  type JinjaValue,
} from './jinja-values.js';
import { TemplateError } from './template-error.js';

/** JINJA_CONTEXT_ADDONS split for the worker: data is posted, functions are imported there. */
export interface SplitContextAddons {
  readonly values: Readonly<Record<string, unknown>>;
  readonly functionNames: readonly string[];
}

/**
 * Splits JINJA_CONTEXT_ADDONS into plain values (sent to the render worker) and the names of
 * functions (which cannot cross a thread: the worker imports them from the config module).
 *
 * @throws Error when a value is neither a function nor data a worker can receive.
 */
export function splitContextAddons(addons: Readonly<Record<string, unknown>>): SplitContextAddons {
  const values: Record<string, unknown> = {};
  const functionNames: string[] = [];
  for (const [name, value] of Object.entries(addons)) {
    if (typeof value === 'function') {
      functionNames.push(name);
      continue;
    }
    try {
      values[name] = structuredClone(value);
    } catch {
      throw new Error(
        `JINJA_CONTEXT_ADDONS.${name} cannot be used in templates: give a function, or plain data (strings, numbers, lists, objects).`,
      );
    }
  }
  return { values, functionNames };
}

/**
 * An addon as a template sees it. Data becomes template values; a function is called with
 * plain arguments (keyword arguments arrive as one object after the positional ones) and
 * must return plain data synchronously.
 */
export function addonValue(name: string, value: unknown): JinjaValue {
  if (typeof value !== 'function') return toJinja(value, `JINJA_CONTEXT_ADDONS.${name}`);
  const call = value as (...args: unknown[]) => unknown;
  return jinjaFunction(name, (args) => {
    const { positional, keywords } = splitArguments(args);
    const plain = positional.map(fromJinja);
    if (keywords.size > 0) {
      plain.push(Object.fromEntries([...keywords].map(([key, item]) => [key, fromJinja(item)])));
    }
    let result: unknown;
    try {
      result = call(...plain);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(
        'render',
        `${name}() failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (isPromiseLike(result)) {
      throw new TemplateError(
        'render',
        `${name}() returned a Promise; template functions must return their value directly.`,
      );
    }
    return toJinja(result, `${name}()`);
  });
}

function isPromiseLike(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
