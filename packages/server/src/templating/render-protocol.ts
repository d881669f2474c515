import type { RenderedTemplate, TemplateContext } from './template-context.js';
import type { TemplateFailure } from './template-error.js';
import type { TemplateLimits } from './template-limits.js';

/** What a render worker starts with (its `workerData`). */
export interface RenderWorkerInit {
  readonly limits: TemplateLimits;
  /** JINJA_CONTEXT_ADDONS that are data. */
  readonly addonValues: Readonly<Record<string, unknown>>;
  /** JINJA_CONTEXT_ADDONS that are functions: the worker imports them from `configModule`. */
  readonly addonFunctionNames: readonly string[];
  /** The superset_config module the server loaded, or null. */
  readonly configModule: string | null;
}

/** One render asked of a worker. */
export interface RenderRequest {
  readonly id: number;
  readonly template: string;
  readonly context: TemplateContext;
  readonly now: Date;
}

/** The answer to one render. */
export type RenderReply =
  | { readonly id: number; readonly ok: true; readonly result: RenderedTemplate }
  | { readonly id: number; readonly ok: false; readonly failure: TemplateFailure };

/** Everything a worker posts: that it is ready, that it could not start, or a reply. */
export type RenderWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'start-failed'; readonly message: string }
  | ({ readonly type: 'reply' } & RenderReply);
