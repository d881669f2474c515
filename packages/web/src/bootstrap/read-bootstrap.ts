import { BOOTSTRAP_ELEMENT_ID, bootstrapSchema, type Bootstrap } from '@superset-ts/shared';

/** The placeholder index.html carries until the server replaces it with the bootstrap JSON. */
export const BOOTSTRAP_PLACEHOLDER = '__BOOTSTRAP_DATA__';

/** Either the validated bootstrap payload or a sentence saying why there is none. */
export type BootstrapReadResult =
  { isValid: true; bootstrap: Bootstrap } | { isValid: false; problem: string };

/**
 * Reads the JSON the server embedded in the page and validates it against the shared
 * schema. Never throws: the caller shows the problem instead of a blank screen.
 */
export function readBootstrap(doc: Document): BootstrapReadResult {
  const element = doc.getElementById(BOOTSTRAP_ELEMENT_ID);
  if (!element) {
    return { isValid: false, problem: `The page has no #${BOOTSTRAP_ELEMENT_ID} element.` };
  }
  const text = (element.textContent ?? '').trim();
  if (text === '' || text === BOOTSTRAP_PLACEHOLDER) {
    return {
      isValid: false,
      problem:
        'The page was not served by the Superset server, so it carries no bootstrap data. ' +
        'Open it through the server (superset run) rather than the Vite dev server alone.',
    };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { isValid: false, problem: 'The bootstrap data is not valid JSON.' };
  }
  const parsed = bootstrapSchema.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return {
      isValid: false,
      problem: `The bootstrap data does not have the expected shape (${issues}).`,
    };
  }
  return { isValid: true, bootstrap: parsed.data };
}
