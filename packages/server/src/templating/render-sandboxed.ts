import { BoundedInterpreter } from './bounded-interpreter.js';
import { checkAttributeAccess } from './check-attribute-access.js';
import { Environment, type JinjaEnvironment } from './jinja-runtime.js';
import { toJinja, type JinjaValue } from './jinja-values.js';
import type { MacroScope, RenderRecord } from './macro-scope.js';
import { findPrintedExpressions } from './printed-expressions.js';
import { rewriteFilterCalls } from './rewrite-filter-calls.js';
import { sandboxGlobals } from './sandbox-globals.js';
import { parseTemplate } from './template-ast.js';
import type { RenderedTemplate, TemplateContext } from './template-context.js';
import { TemplateError, undefinedParametersMessage } from './template-error.js';
import type { TemplateLimits } from './template-limits.js';
import { templateMacros } from './template-macros.js';

/** One render, as the worker runs it. */
export interface SandboxedRender {
  readonly template: string;
  readonly context: TemplateContext;
  readonly now: Date;
  readonly limits: TemplateLimits;
  /** JINJA_CONTEXT_ADDONS, already made template values. */
  readonly addons?: ReadonlyMap<string, JinjaValue>;
}

/**
 * Renders a Jinja template in the interpreter, synchronously. Names resolve with Superset's
 * precedence, lowest first: Jinja's globals, chart variables, template parameters,
 * JINJA_CONTEXT_ADDONS, then the macros.
 *
 * @throws TemplateError for syntax errors, undefined names, refused access and limits.
 */
export function renderSandboxed(render: SandboxedRender): RenderedTemplate {
  const { context, limits } = render;
  const record: RenderRecord = { cacheKeyExtras: [], appliedFilters: [], removedFilters: [] };
  const environment = new Environment();
  const undefinedNames = new Set<string>();

  const run = (source: string, scope: JinjaEnvironment): string => {
    if (source.length > limits.maxOutputChars) {
      throw new TemplateError(
        'render',
        `the template is longer than ${limits.maxOutputChars} characters.`,
      );
    }
    const program = parseTemplate(source);
    checkAttributeAccess(program);
    rewriteFilterCalls(program);
    const interpreter = new BoundedInterpreter(scope, limits, findPrintedExpressions(program));
    const output = guarded(() => interpreter.run(program));
    for (const name of interpreter.undefinedNames) undefinedNames.add(name);
    return String(output.value);
  };

  const scope: MacroScope = {
    context,
    record,
    now: render.now,
    renderNested: (definition) => run(definition, new Environment(environment)),
  };
  const layers: Iterable<[string, JinjaValue]>[] = [
    sandboxGlobals(limits.maxItems),
    plainValues(context.variables, 'chart variable'),
    plainValues(context.templateParams, 'template parameter'),
    render.addons ?? [],
    templateMacros(scope),
  ];
  for (const layer of layers) {
    for (const [name, value] of layer) environment.setVariable(name, value);
  }

  const sql = run(render.template, environment);
  if (undefinedNames.size > 0) {
    const names = [...undefinedNames];
    throw new TemplateError('undefined', undefinedParametersMessage(names), names);
  }
  return { sql, ...record };
}

function plainValues(
  values: Readonly<Record<string, unknown>> | undefined,
  source: string,
): [string, JinjaValue][] {
  return Object.entries(values ?? {}).map(([name, value]) => [
    name,
    toJinja(value, `${source} "${name}"`),
  ]);
}

/** Runs the interpreter, turning whatever it throws into a TemplateError. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new TemplateError('render', 'the template nests or recurses too deeply.');
    }
    if (error instanceof RangeError && /invalid (string|array) length/i.test(error.message)) {
      throw new TemplateError('render', 'the template built a value too large to hold.');
    }
    throw new TemplateError('render', error instanceof Error ? error.message : String(error));
  }
}
