import { renderSandboxed } from '../render-sandboxed.js';
import type { RenderedTemplate, TemplateContext } from '../template-context.js';
import { TemplateError } from '../template-error.js';
import { DEFAULT_TEMPLATE_LIMITS } from '../template-limits.js';

/** The moment tests render at: Tuesday 10 September 2024, 15:30 UTC. */
export const TEST_NOW = new Date('2024-09-10T15:30:00Z');

/** Renders in this thread (no worker), on PostgreSQL unless the context names an engine. */
export function renderForTest(
  template: string,
  context: Partial<TemplateContext> = {},
): RenderedTemplate {
  return renderSandboxed({
    template,
    context: { engine: 'postgresql', ...context },
    now: TEST_NOW,
    limits: DEFAULT_TEMPLATE_LIMITS,
  });
}

/** The rendered SQL. */
export function renderSql(template: string, context: Partial<TemplateContext> = {}): string {
  return renderForTest(template, context).sql;
}

/** The TemplateError a render throws; fails the test when it renders. */
export function renderError(
  template: string,
  context: Partial<TemplateContext> = {},
): TemplateError {
  try {
    renderForTest(template, context);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(template)} to fail`);
}
