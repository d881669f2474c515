import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppError } from '../errors/app-error.js';
import { createTemplateRenderer, type TemplateRenderer } from './create-template-renderer.js';
import { templateConfig } from './test-support/template-config.js';

/**
 * Regression suite of template-injection attempts (security.md I5): each must end in a clear
 * AppError, through the real renderer and its worker, and never show process, environment
 * or file contents. The next render must still work.
 */

const TIMEOUT_MS = 1_500;
const context = { engine: 'postgresql', templateParams: { x: { a: 1 } } };

let renderer: TemplateRenderer;

beforeAll(async () => {
  renderer = createTemplateRenderer({
    config: templateConfig(),
    workers: 1,
    limits: { timeoutMs: TIMEOUT_MS },
  });
  await renderer.render('SELECT 1', context);
});

afterAll(() => renderer.close());

async function failureOf(template: string): Promise<AppError> {
  const outcome = await renderer.render(template, context).then(
    (rendered) => ({ rendered }),
    (error: unknown) => ({ error: error as AppError }),
  );
  if (!('error' in outcome)) {
    throw new Error(`rendered ${JSON.stringify(outcome.rendered.sql.slice(0, 200))}`);
  }
  return outcome.error;
}

/** Nothing from the server process: no paths, stack frames, environment or source code. */
const LEAK = /\/work\/|node_modules|file:\/\/|\n\s*at |process\.env|PATH=|=>|\bfunction\s*\(/;

const escapes: [title: string, template: string, code: string][] = [
  [
    'constructor chain to Function',
    "{{ ''.constructor.constructor('return process')() }}",
    'TEMPLATE_RENDER_ERROR',
  ],
  ['Python self.__init__.__globals__', '{{ self.__init__.__globals__ }}', 'TEMPLATE_RENDER_ERROR'],
  [
    'cycler.__init__.__globals__.os',
    '{{ cycler.__init__.__globals__.os }}',
    'TEMPLATE_RENDER_ERROR',
  ],
  ['[].__class__.__mro__', '{{ [].__class__.__mro__ }}', 'TEMPLATE_RENDER_ERROR'],
  ['lipsum.__globals__', '{{ lipsum.__globals__ }}', 'TEMPLATE_RENDER_ERROR'],
  ['x.__proto__', '{{ x.__proto__ }}', 'TEMPLATE_RENDER_ERROR'],
  ["x['__proto__']", "{{ x['__proto__'] }}", 'TEMPLATE_RENDER_ERROR'],
  ['toString.constructor', '{{ toString.constructor }}', 'TEMPLATE_RENDER_ERROR'],
  ["''.constructor.prototype", "{{ ''.constructor.prototype }}", 'TEMPLATE_RENDER_ERROR'],
  ['computed constructor name', "{{ ''['con' ~ 'structor'] }}", 'TEMPLATE_RENDER_ERROR'],
  [
    'computed constructor called',
    "{% set c = ''['con' ~ 'structor'] %}{{ c('return process')() }}",
    'TEMPLATE_RENDER_ERROR',
  ],
  ['macro internals', '{% macro m() %}{% endmacro %}{{ m.constructor }}', 'TEMPLATE_RENDER_ERROR'],
  ['function apply', "{{ url_param.apply(none, ['x']) }}", 'TEMPLATE_RENDER_ERROR'],
  ['range.constructor', "{{ range.constructor('return process')() }}", 'TEMPLATE_RENDER_ERROR'],
  ['set walk to a prototype', '{% set p = x.__proto__ %}{{ p }}', 'TEMPLATE_RENDER_ERROR'],
  [
    'set onto a namespace prototype',
    '{% set ns = namespace() %}{% set ns.__proto__ = 1 %}',
    'TEMPLATE_RENDER_ERROR',
  ],
  [
    'set through a computed key',
    "{% set k = '__pro' ~ 'to__' %}{% set p = x[k] %}{{ p.polluted }}",
    'MISSING_TEMPLATE_PARAMS_ERROR',
  ],
  ['process', '{{ process.env }}', 'MISSING_TEMPLATE_PARAMS_ERROR'],
  [
    'process.mainModule',
    "{{ process.mainModule.require('child_process') }}",
    'TEMPLATE_RENDER_ERROR',
  ],
  ['require', "{{ require('fs').readFileSync('/etc/passwd') }}", 'TEMPLATE_RENDER_ERROR'],
  ['globalThis', '{{ globalThis }}', 'MISSING_TEMPLATE_PARAMS_ERROR'],
  ['dynamic import', "{{ import('fs') }}", 'TEMPLATE_RENDER_ERROR'],
  ['import statement', "{% import 'os' as os %}", 'INVALID_TEMPLATE_PARAMS_ERROR'],
  ['include of a file', "{% include '/etc/passwd' %}", 'INVALID_TEMPLATE_PARAMS_ERROR'],
  ['extends', "{% extends '/etc/passwd' %}", 'INVALID_TEMPLATE_PARAMS_ERROR'],
  ['huge range', '{{ range(10**9) | length }}', 'TEMPLATE_RENDER_ERROR'],
  ['string multiplication', "{{ 'a' * 10**9 }}", 'TEMPLATE_RENDER_ERROR'],
  [
    'recursive macro',
    '{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}',
    'TEMPLATE_RENDER_ERROR',
  ],
  [
    'string doubling',
    "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    'TEMPLATE_RENDER_ERROR',
  ],
  [
    'list doubling',
    '{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = ns.l + ns.l %}{% endfor %}',
    'TEMPLATE_RENDER_ERROR',
  ],
  [
    'output bomb',
    `{% for i in range(3000) %}${'x'.repeat(1000)}{% endfor %}`,
    'TEMPLATE_RENDER_ERROR',
  ],
  [
    'parser nesting bomb',
    `{{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}`,
    'INVALID_TEMPLATE_PARAMS_ERROR',
  ],
];

describe('template sandbox escapes', () => {
  it.each(escapes)('%s ends in a clear error', async (_title, template, code) => {
    const error = await failureOf(template);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe(code);
    expect(error.status).toBe(400);
    expect(error.message).not.toMatch(LEAK);
  });

  it('names the refused attribute', async () => {
    expect((await failureOf('{{ [].__class__ }}')).message).toBe(
      "Template error: access to the attribute '__class__' is not allowed in templates.",
    );
  });

  it('shows a function by name only, never its source', async () => {
    const rendered = await renderer.render("{{ url_param ~ '' }}", context);
    expect(rendered.sql).toBe('<function url_param>');
  });

  it('stops nested 100k x 100k loops at the time limit, and the next render works', async () => {
    const started = Date.now();
    const error = await failureOf(
      '{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}',
    );
    expect(error.code).toBe('TEMPLATE_TIMEOUT_ERROR');
    expect(error.message).toBe(
      'The SQL template took longer than 1.5 seconds to render and was stopped.',
    );
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_000);
    await expect(renderer.render('SELECT {{ 1 + 1 }}', context)).resolves.toMatchObject({
      sql: 'SELECT 2',
    });
  });

  it('serves a render that waited behind a runaway one', async () => {
    const runaway = failureOf(
      '{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}',
    );
    const waiting = renderer.render("SELECT '{{ 'after' }}'", context);
    expect((await runaway).code).toBe('TEMPLATE_TIMEOUT_ERROR');
    await expect(waiting).resolves.toMatchObject({ sql: "SELECT 'after'" });
  });
});

describe('a template exhausting memory', () => {
  let small: TemplateRenderer;

  beforeAll(() => {
    small = createTemplateRenderer({
      config: templateConfig(),
      workers: 1,
      limits: { maxHeapMb: 64, timeoutMs: 20_000 },
    });
  });

  afterAll(() => small.close());

  it('stops at the heap limit with a clear error, and the next render works', async () => {
    const bomb =
      '{% set ns = namespace(l=[]) %}{% for i in range(1000) %}{% set ns.l = ns.l + [range(100000)] %}{% endfor %}{{ ns.l | length }}';
    await expect(small.render(bomb, context)).rejects.toMatchObject({
      code: 'TEMPLATE_RENDER_ERROR',
      message: 'Template error: the template used more memory than allowed.',
    });
    await expect(small.render('SELECT 1', context)).resolves.toMatchObject({ sql: 'SELECT 1' });
  });
});
