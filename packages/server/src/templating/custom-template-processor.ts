import type { TemplateProcessor } from '../config/keys/hook-types.js';
import { TemplateError } from './template-error.js';

type Render = (sql: string, context: Readonly<Record<string, unknown>>) => unknown;
type ProcessorObject = { process?: Render; process_template?: Render };
type ProcessorClass = new (context: Readonly<Record<string, unknown>>) => ProcessorObject;

/**
 * Runs a CUSTOM_TEMPLATE_PROCESSORS entry, which replaces Jinja for its engine: a function
 * `(sql, context)`, an object with `process` or Superset's `process_template`, or a class with
 * either method (constructed with the context, as Superset constructs its processors). This
 * is trusted admin code, so it runs in the server thread without a time limit.
 *
 * @throws TemplateError when it throws or gives back something other than a string.
 */
export async function runTemplateProcessor(
  engine: string,
  processor: TemplateProcessor,
  sql: string,
  context: Readonly<Record<string, unknown>>,
): Promise<string> {
  let result: unknown;
  try {
    result = await invoke(processor, sql, context);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TemplateError(
      'render',
      `the custom template processor for ${engine} failed: ${reason}`,
    );
  }
  if (typeof result !== 'string') {
    throw new TemplateError(
      'render',
      `the custom template processor for ${engine} did not return SQL text.`,
    );
  }
  return result;
}

function invoke(
  processor: TemplateProcessor,
  sql: string,
  context: Readonly<Record<string, unknown>>,
): unknown {
  if (typeof processor === 'function') {
    if (isProcessorClass(processor)) return renderWith(new processor(context), sql, context);
    return (processor as Render)(sql, context);
  }
  return renderWith(processor, sql, context);
}

function isProcessorClass(value: object): value is ProcessorClass {
  const prototype = (value as { prototype?: ProcessorObject }).prototype;
  return (
    prototype !== undefined &&
    (typeof prototype.process === 'function' || typeof prototype.process_template === 'function')
  );
}

function renderWith(
  processor: ProcessorObject,
  sql: string,
  context: Readonly<Record<string, unknown>>,
): unknown {
  if (typeof processor.process === 'function') return processor.process(sql, context);
  if (typeof processor.process_template === 'function')
    return processor.process_template(sql, context);
  throw new TemplateError(
    'render',
    'a custom template processor needs a process(sql, context) method.',
  );
}
