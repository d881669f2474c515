import type { TemplateContext } from './template-context.js';

/** What a render collects besides the SQL, as Superset's ExtraCache does. */
export interface RenderRecord {
  readonly cacheKeyExtras: unknown[];
  readonly appliedFilters: string[];
  readonly removedFilters: string[];
}

/** What the macros of one render see. */
export interface MacroScope {
  readonly context: TemplateContext;
  readonly record: RenderRecord;
  /** The moment relative time ranges (`Last week`, `today`) are measured from. */
  readonly now: Date;
  /** Renders a template fragment (a metric's definition) with the same context and limits. */
  renderNested(template: string): string;
}

/** Adds a value to the cache key and returns it (Superset's `cache_key_wrapper`). */
export function addToCacheKey<T>(record: RenderRecord, value: T): T {
  record.cacheKeyExtras.push(value);
  return value;
}

/** Adds a column to a list once. */
export function addOnce(list: string[], column: string): void {
  if (!list.includes(column)) list.push(column);
}
