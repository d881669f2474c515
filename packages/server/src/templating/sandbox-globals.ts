import {
  fromJinja,
  jinjaFunction,
  splitArguments,
  toJinja,
  type JinjaValue,
} from './jinja-values.js';
import { TemplateError } from './template-error.js';

/**
 * Jinja's global names, bounded: the constants, `range` (which refuses to build more than
 * `maxItems` numbers) and `dict`. Nothing else is global: no `lipsum`, `cycler` or `joiner`,
 * whose Python internals are the classic sandbox escape routes.
 */
export function sandboxGlobals(maxItems: number): Map<string, JinjaValue> {
  const constants: [string, unknown][] = [
    ['true', true],
    ['True', true],
    ['false', false],
    ['False', false],
    ['none', null],
    ['None', null],
  ];
  const globals = new Map<string, JinjaValue>(
    constants.map(([name, value]) => [name, toJinja(value, name)]),
  );
  globals.set(
    'range',
    jinjaFunction('range', (args) => toJinja(boundedRange(args, maxItems), 'range()')),
  );
  globals.set(
    'dict',
    jinjaFunction('dict', (args) => {
      const { positional, keywords } = splitArguments(args);
      if (positional.length > 0) {
        throw new TemplateError('render', 'dict() takes keyword arguments only, e.g. dict(a=1).');
      }
      return toJinja(
        Object.fromEntries([...keywords].map(([key, value]) => [key, fromJinja(value)])),
        'dict()',
      );
    }),
  );
  return globals;
}

function boundedRange(args: readonly JinjaValue[], maxItems: number): number[] {
  const { positional, keywords } = splitArguments(args);
  const numbers = positional.map(fromJinja);
  if (keywords.size > 0 || numbers.length === 0 || numbers.length > 3) {
    throw new TemplateError(
      'render',
      'range() takes one to three whole numbers: range(stop) or range(start, stop, step).',
    );
  }
  if (!numbers.every((value): value is number => Number.isSafeInteger(value))) {
    throw new TemplateError('render', 'range() takes whole numbers only.');
  }
  const [start, stop, step] =
    numbers.length === 1
      ? [0, numbers[0] ?? 0, 1]
      : [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 1];
  if (step === 0) throw new TemplateError('render', 'range() step must not be zero.');
  const count = Math.max(0, Math.ceil((stop - start) / step));
  if (count > maxItems) {
    throw new TemplateError(
      'render',
      `range() may produce at most ${maxItems} numbers; this one would produce ${count}.`,
    );
  }
  return Array.from({ length: count }, (_, index) => start + index * step);
}
