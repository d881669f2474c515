import { Environment, type JinjaEnvironment, type JinjaValue } from './jinja-runtime.js';

import { TemplateError } from './template-error.js';

/**
 * The bridge between plain JavaScript values and the interpreter's own value types. The
 * interpreter never touches a JavaScript object directly: lists become its arrays, objects
 * its maps, and functions only the wrappers made here, so a template has no path to a
 * prototype, a constructor or a global.
 */

export type { JinjaValue };

/** The interpreter's function signature: positional values, keywords last, and the scope. */
type JinjaFunction = (args: JinjaValue[], scope: JinjaEnvironment) => JinjaValue;

type ValueClass<T> = new (value: T) => JinjaValue;

// The package exports no value classes; a scratch environment hands them out.
const probe = new Environment();
const classOf = <T>(name: string, sample: unknown): ValueClass<T> =>
  probe.set(name, sample).constructor as ValueClass<T>;

const IntegerValue = classOf<number>('integer', 1);
const FloatValue = classOf<number>('float', 1.5);
const StringValue = classOf<string>('string', '');
const BooleanValue = classOf<boolean>('boolean', true);
const NullValue = classOf<null>('null', null);
const ArrayValue = classOf<JinjaValue[]>('array', []);
const ObjectValue = classOf<Map<string, JinjaValue>>('object', {});
const FunctionValue = classOf<JinjaFunction>('function', () => null);

/** Makes a string value. */
export const jinjaString = (value: string): JinjaValue => new StringValue(value);

/** Whether a value is a string. */
export function isJinjaString(value: JinjaValue): value is JinjaValue & { value: string } {
  return value.type === 'StringValue';
}

/** Whether a value is a list or a tuple. */
export function isJinjaList(value: JinjaValue): value is JinjaValue & { value: JinjaValue[] } {
  return value.type === 'ArrayValue' || value.type === 'TupleValue';
}

/** Whether a value is a mapping (dict, keyword arguments or namespace). */
export function isJinjaMapping(
  value: JinjaValue,
): value is JinjaValue & { value: Map<string, JinjaValue> } {
  return (
    value.type === 'ObjectValue' ||
    value.type === 'KeywordArgumentsValue' ||
    value.type === 'NamespaceValue'
  );
}

/** Whether a value is undefined (a name or attribute nobody set). */
export function isJinjaUndefined(value: JinjaValue): boolean {
  return value.type === 'UndefinedValue';
}

/** Whether a value can be called. */
export function isJinjaFunction(value: JinjaValue): boolean {
  return value.type === 'FunctionValue';
}

/** `str(datetime)` in Python: `2024-01-31 12:00:00`, with microseconds when there are any. */
function pythonDateTime(value: Date): string {
  const iso = value.toISOString();
  const millis = value.getUTCMilliseconds();
  const base = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return millis === 0 ? base : `${base}.${String(millis).padStart(3, '0')}000`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A plain value as the interpreter's value. Only data crosses: strings, numbers, booleans,
 * null, dates (as Python prints them), lists and plain objects.
 *
 * @throws TemplateError naming `source` for anything else (functions, class instances, ...).
 */
export function toJinja(value: unknown, source: string): JinjaValue {
  return convert(value, source, 0);
}

/** Nesting beyond this is refused rather than followed (a cyclic object would never end). */
const MAX_NESTING = 64;

function convert(value: unknown, source: string, depth: number): JinjaValue {
  if (depth > MAX_NESTING) {
    throw new TemplateError(
      'render',
      `${source} gave a value nested more than ${MAX_NESTING} deep.`,
    );
  }
  switch (typeof value) {
    case 'string':
      return new StringValue(value);
    case 'boolean':
      return new BooleanValue(value);
    case 'number':
      return Number.isInteger(value) ? new IntegerValue(value) : new FloatValue(value);
    case 'undefined':
      return new NullValue(null);
    case 'object': {
      if (value === null) return new NullValue(null);
      if (value instanceof Date) return new StringValue(pythonDateTime(value));
      if (Array.isArray(value)) {
        return new ArrayValue(value.map((item: unknown) => convert(item, source, depth + 1)));
      }
      if (isPlainObject(value)) {
        const entries = Object.entries(value).map(([key, item]): [string, JinjaValue] => [
          key,
          convert(item, source, depth + 1),
        ]);
        return new ObjectValue(new Map(entries));
      }
      break;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
      break;
  }
  throw new TemplateError(
    'render',
    `${source} gave a value templates cannot use (${describeType(value)}); only strings, numbers, booleans, None, lists and dicts are allowed.`,
  );
}

function describeType(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)
    ?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

/** An interpreter value as plain data: lists become arrays, mappings plain objects. */
export function fromJinja(value: JinjaValue): unknown {
  if (isJinjaList(value)) return value.value.map(fromJinja);
  if (isJinjaMapping(value)) {
    return Object.fromEntries([...value.value].map(([key, item]) => [key, fromJinja(item)]));
  }
  switch (value.type) {
    case 'StringValue':
    case 'IntegerValue':
    case 'FloatValue':
    case 'BooleanValue':
      return value.value;
    case 'NullValue':
    case 'UndefinedValue':
      return null;
    default:
      throw new TemplateError('render', 'A function cannot be passed as a value.');
  }
}

/** Positional arguments of a call, and its keyword arguments, as the interpreter passes them. */
export function splitArguments(args: readonly JinjaValue[]): {
  positional: JinjaValue[];
  keywords: Map<string, JinjaValue>;
} {
  const last = args.at(-1);
  if (last !== undefined && last.type === 'KeywordArgumentsValue' && isJinjaMapping(last)) {
    return { positional: args.slice(0, -1), keywords: last.value };
  }
  return { positional: [...args], keywords: new Map() };
}

/**
 * A function a template can call. `implementation` receives the interpreter's arguments;
 * printing the function shows its name, never JavaScript source.
 */
export function jinjaFunction(
  name: string,
  implementation: (args: JinjaValue[]) => JinjaValue,
): JinjaValue {
  const callable: JinjaFunction = (args) => implementation(args);
  Object.defineProperty(callable, 'toString', { value: () => `<function ${name}>` });
  return new FunctionValue(callable);
}
