/**
 * SQL templating for SQL Lab and chart queries: Superset's Jinja macros, rendered by a
 * sandboxed interpreter in worker threads with a time limit, or by a configured
 * CUSTOM_TEMPLATE_PROCESSORS entry.
 */
export {
  createTemplateRenderer,
  type RenderOptions,
  type TemplateConfig,
  type TemplateRenderer,
  type TemplateRendererDeps,
} from './create-template-renderer.js';
export { findDatasetReferences, type TemplateReferences } from './find-dataset-references.js';
export type {
  DatasetReference,
  MetricReference,
  PrefetchedDatasets,
  RenderedTemplate,
  TemplateContext,
  TemplateFilter,
  TemplateUser,
} from './template-context.js';
export { DEFAULT_TEMPLATE_LIMITS, type TemplateLimits } from './template-limits.js';
