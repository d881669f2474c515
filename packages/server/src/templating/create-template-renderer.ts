import { AppError } from '../errors/app-error.js';
import type { Config } from '../config/config-types.js';
import type { TemplateProcessor } from '../config/keys/hook-types.js';
import { isFeatureEnabled } from '../config/feature-flags.js';
import { splitContextAddons } from './context-addons.js';
import { runTemplateProcessor } from './custom-template-processor.js';
import type { RenderRecord } from './macro-scope.js';
import { processorContext } from './processor-context.js';
import { createRenderWorkerPool, WorkerStartError } from './render-worker-pool.js';
import { spawnRenderWorker } from './spawn-render-worker.js';
import { toAppError } from './template-app-error.js';
import type { RenderedTemplate, TemplateContext } from './template-context.js';
import { TemplateError } from './template-error.js';
import { DEFAULT_TEMPLATE_LIMITS, type TemplateLimits } from './template-limits.js';

/** What the renderer reads from the config. */
export type TemplateConfig = Pick<
  Config,
  | 'FEATURE_FLAGS'
  | 'IS_FEATURE_ENABLED_FUNC'
  | 'CUSTOM_TEMPLATE_PROCESSORS'
  | 'JINJA_CONTEXT_ADDONS'
  | 'JINJA_RENDER_TIMEOUT_SECONDS'
  | 'CONFIG_SOURCE'
>;

/** What the renderer needs. */
export interface TemplateRendererDeps {
  readonly config: TemplateConfig;
  /** Overrides of the built-in limits (the time limit defaults to JINJA_RENDER_TIMEOUT_SECONDS). */
  readonly limits?: Partial<TemplateLimits>;
  /** Most render workers alive at once. */
  readonly workers?: number;
  /** The clock relative time ranges are measured from. */
  readonly now?: () => Date;
}

/** Options of one render. */
export interface RenderOptions {
  /** A tighter time limit for this render, in milliseconds. */
  readonly timeoutMs?: number;
}

/** Renders SQL templates; `close` must be called when the app closes. */
export interface TemplateRenderer {
  /**
   * Renders `template` for `context.engine`. With ENABLE_TEMPLATE_PROCESSING off the SQL is
   * returned untouched; with a CUSTOM_TEMPLATE_PROCESSORS entry for the engine, that renders
   * it; otherwise sandboxed Jinja in a worker thread, within the time limit.
   *
   * @throws AppError INVALID_TEMPLATE_PARAMS_ERROR, MISSING_TEMPLATE_PARAMS_ERROR,
   *   TEMPLATE_RENDER_ERROR or TEMPLATE_TIMEOUT_ERROR.
   */
  render(
    template: string,
    context: TemplateContext,
    options?: RenderOptions,
  ): Promise<RenderedTemplate>;
  close(): Promise<void>;
}

const WORKER_START_TIMEOUT_MS = 30_000;

/**
 * Creates the SQL template renderer. Workers start on the first Jinja render.
 *
 * @throws Error when JINJA_CONTEXT_ADDONS holds a value a worker cannot receive.
 */
export function createTemplateRenderer(deps: TemplateRendererDeps): TemplateRenderer {
  const { config } = deps;
  const limits: TemplateLimits = {
    ...DEFAULT_TEMPLATE_LIMITS,
    timeoutMs: config.JINJA_RENDER_TIMEOUT_SECONDS * 1000,
    ...deps.limits,
  };
  const addons = splitContextAddons(config.JINJA_CONTEXT_ADDONS);
  const now = deps.now ?? (() => new Date());
  const pool = createRenderWorkerPool({
    size: deps.workers ?? 2,
    timeoutMs: limits.timeoutMs,
    startTimeoutMs: WORKER_START_TIMEOUT_MS,
    spawn: () =>
      spawnRenderWorker({
        limits,
        addonValues: addons.values,
        addonFunctionNames: addons.functionNames,
        configModule: config.CONFIG_SOURCE,
      }),
  });

  const renderCustom = async (
    template: string,
    context: TemplateContext,
  ): Promise<RenderedTemplate> => {
    // The frozen config's read-only mapping loses the class form of the hook type.
    const processor = config.CUSTOM_TEMPLATE_PROCESSORS[context.engine] as
      TemplateProcessor | undefined;
    if (processor === undefined)
      throw new Error(`No custom template processor for ${context.engine}`);
    const record: RenderRecord = { cacheKeyExtras: [], appliedFilters: [], removedFilters: [] };
    try {
      const sql = await runTemplateProcessor(
        context.engine,
        processor,
        template,
        processorContext(context, now(), record),
      );
      return { sql, ...record };
    } catch (error) {
      if (error instanceof TemplateError) throw toAppError(error.toFailure());
      throw error;
    }
  };

  return {
    async render(template, context, options = {}) {
      if (!isFeatureEnabled(config, 'ENABLE_TEMPLATE_PROCESSING')) {
        return { sql: template, cacheKeyExtras: [], appliedFilters: [], removedFilters: [] };
      }
      if (Object.hasOwn(config.CUSTOM_TEMPLATE_PROCESSORS, context.engine)) {
        return renderCustom(template, context);
      }
      let reply;
      try {
        reply = await pool.render({ template, context, now: now() }, options.timeoutMs);
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        throw new AppError(
          'GENERIC_BACKEND_ERROR',
          `SQL templates cannot be rendered: ${error.message}`,
        );
      }
      if (!reply.ok) throw toAppError(reply.failure);
      return reply.result;
    },
    close: () => pool.close(),
  };
}
