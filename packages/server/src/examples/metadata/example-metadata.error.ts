import { ExamplesError } from '../loader/examples-error.js';

/** The kinds of object the examples' metadata makes. */
export type ExampleObjectKind = 'dataset' | 'chart' | 'dashboard';

/**
 * The REST API refused an example dataset, chart or dashboard: names the object and says
 * what the API answered, so `load_examples` can tell the user which one failed and why.
 */
export class ExampleMetadataError extends ExamplesError {
  constructor(
    readonly kind: ExampleObjectKind,
    readonly objectName: string,
    readonly status: number,
    readonly apiMessage: string,
  ) {
    super(
      'EXAMPLES_API_FAILED',
      `The API refused the example ${kind} "${objectName}" (HTTP ${status}): ${apiMessage}`,
    );
    this.name = 'ExampleMetadataError';
  }
}

/** The message of an API error body (`{message}`, `{errors: [{message}]}`), else its JSON. */
export function apiMessageOf(body: unknown): string {
  if (body && typeof body === 'object') {
    const { message, errors } = body as { message?: unknown; errors?: unknown };
    if (typeof message === 'string') return message;
    if (message && typeof message === 'object') return JSON.stringify(message);
    if (Array.isArray(errors) && errors.length > 0) {
      return errors
        .map((error: unknown) =>
          error && typeof error === 'object' && 'message' in error
            ? String(error.message)
            : JSON.stringify(error),
        )
        .join('; ');
    }
  }
  return typeof body === 'string' ? body : JSON.stringify(body);
}
