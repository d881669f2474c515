/** Bounds on one render, so a template cannot exhaust the server. */
export interface TemplateLimits {
  /** Wall-clock milliseconds a render may take before its worker is terminated. */
  readonly timeoutMs: number;
  /** Most items `range()` may produce, and most items any list or mapping may hold. */
  readonly maxItems: number;
  /** Most characters of any string, including the rendered SQL. */
  readonly maxOutputChars: number;
  /** Deepest nesting of expression evaluation (recursive macros hit this). */
  readonly maxDepth: number;
  /** Heap, in megabytes, a render worker may use before it is stopped. */
  readonly maxHeapMb: number;
}

/** The limits used unless a caller or the config says otherwise. */
export const DEFAULT_TEMPLATE_LIMITS: TemplateLimits = {
  timeoutMs: 5_000,
  maxItems: 100_000,
  maxOutputChars: 1024 * 1024,
  maxDepth: 400,
  maxHeapMb: 256,
};
