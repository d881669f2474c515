import { Environment } from './jinja-runtime.js';
import { fromJinja, toJinja, type JinjaValue } from './jinja-values.js';
import type { MacroScope, RenderRecord } from './macro-scope.js';
import type { TemplateContext } from './template-context.js';
import { TemplateError } from './template-error.js';
import { templateMacros } from './template-macros.js';

type MacroFunction = (args: JinjaValue[], scope: unknown) => JinjaValue;

/**
 * What a CUSTOM_TEMPLATE_PROCESSORS entry receives as its context, as Superset's processors
 * see `self.context` plus the template parameters: chart variables, template parameters, and
 * the macros (`url_param`, `current_username`, `filter_values`, ...) as plain functions taking
 * positional arguments.
 */
export function processorContext(
  context: TemplateContext,
  now: Date,
  record: RenderRecord,
): Record<string, unknown> {
  const scope: MacroScope = {
    context,
    record,
    now,
    renderNested: () => {
      throw new TemplateError('render', 'metric() is not available to custom template processors.');
    },
  };
  const functions = [...templateMacros(scope)].map(([name, macro]): [string, unknown] => [
    name,
    asFunction(name, macro),
  ]);
  return {
    ...context.variables,
    ...context.templateParams,
    ...Object.fromEntries(functions),
  };
}

function asFunction(name: string, macro: JinjaValue): (...args: unknown[]) => unknown {
  const call = macro.value as MacroFunction;
  const environment = new Environment();
  return (...args) =>
    fromJinja(
      call(
        args.map((arg) => toJinja(arg, `${name}() argument`)),
        environment,
      ),
    );
}
