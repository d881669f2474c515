import type { z } from 'zod';

import { ConfigValidationError, type ConfigProblem } from './config-errors.js';
import { describeReceived, isSecretPath } from './describe-received.js';
import { formatKeyPath, valueAtPath } from './key-path.js';

/** Where each key path's value came from, when not the config module (null: the module). */
export type SourceLookup = (keyPath: string) => string | null;

/**
 * Parses merged config values with the schema. On failure, throws a ConfigValidationError
 * listing every problem at once, each with what was received and what is expected.
 */
export function validateConfig<Schema extends z.ZodType>(
  schema: Schema,
  input: Readonly<Record<string, unknown>>,
  sourceOf: SourceLookup,
  configSource: string | null,
): z.output<Schema> {
  const result = schema.safeParse(input, { error: expectedFor });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => toProblem(issue, input, sourceOf));
  throw new ConfigValidationError(problems, configSource);
}

function toProblem(
  issue: z.core.$ZodIssue,
  input: Readonly<Record<string, unknown>>,
  sourceOf: SourceLookup,
): ConfigProblem {
  const received = valueAtPath(input, issue.path);
  return {
    key: formatKeyPath(issue.path),
    received: describeReceived(received, isSecretPath(issue.path)),
    expected: issue.message,
    source: findSource(issue.path, sourceOf),
  };
}

function findSource(path: readonly PropertyKey[], sourceOf: SourceLookup): string | null {
  for (let length = path.length; length > 0; length -= 1) {
    const source = sourceOf(formatKeyPath(path.slice(0, length)));
    if (source !== null) return source;
  }
  return null;
}

/**
 * Wording of "expected" for issues whose schema gives none of its own. Schemas in keys/ name
 * their expectation; this covers enums, nested objects and other built-in checks.
 */
function expectedFor(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return `${boundWords(issue.origin)} at least ${String(issue.minimum)}`;
    case 'too_big':
      return `${boundWords(issue.origin)} at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `a string in ${issue.format} format`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `no keys other than the known ones (found ${issue.keys.join(', ')})`;
    case 'invalid_union':
      return 'a value of one of the accepted shapes';
    case 'invalid_key':
      return 'an object whose keys are valid';
    case 'invalid_element':
      return 'a collection whose entries are valid';
    case 'custom':
      return issue.message ?? 'a valid value';
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  function: 'a function',
};

function boundWords(origin: string): string {
  switch (origin) {
    case 'string':
      return 'a string with a length of';
    case 'array':
    case 'set':
      return 'a list with a length of';
    default:
      return 'a number';
  }
}
