import { parseRison } from '@superset-ts/shared';

/** What a removed secret is replaced with, so a reader sees that something was there. */
export const REDACTED = '[redacted]';

/**
 * Names that carry credentials: passwords, tokens, keys, cookies, sessions, CSRF tokens and
 * Authorization values. Matched anywhere in a key, ignoring case (`access_token`,
 * `X-Api-Key`, `new_password`, ...).
 */
const SECRET_NAME =
  /pass(word|wd|phrase)|^pass$|^pwd$|secret|token|authorization|cookie|session|api[-_]?key|credential|private[-_]?key|csrf|signature|^jwt$|^code$|^otp$/i;

const MAX_DEPTH = 20;

/** Whether a key names a secret (see SECRET_NAME). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A FAB filter `(col, opr, value)` on a secret-named column: its value is a secret. */
function isSecretFilter(value: object): boolean {
  const col = (value as { col?: unknown }).col;
  return typeof col === 'string' && isSecretName(col);
}

/** Whether a JSON-like value holds a secret-named key (or filter) anywhere inside. */
function holdsSecretName(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsSecretName(item, depth + 1));
  if (isSecretFilter(value)) return true;
  return Object.entries(value).some(
    ([key, item]) => isSecretName(key) || holdsSecretName(item, depth + 1),
  );
}

/**
 * A copy of a JSON-like value with the value of every secret-named key replaced by REDACTED,
 * at any depth, and the value of every filter on a secret-named column. A Rison `q` that
 * holds either is redacted whole.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  const isFilter = isSecretFilter(value);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (isSecretName(key) || (isFilter && key === 'value')) return [key, REDACTED];
      if (key === 'q' && typeof item === 'string' && risonHoldsSecret(item)) return [key, REDACTED];
      return [key, redactSecrets(item, depth + 1)];
    }),
  );
}

function risonHoldsSecret(text: string): boolean {
  try {
    return holdsSecretName(parseRison(text));
  } catch {
    return false;
  }
}

/**
 * A URL (a Referer header) without credentials: user info is dropped and secret-named query
 * parameters are redacted. Text that is not an absolute URL is kept up to its query string.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.split('?')[0] ?? '';
  }
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isSecretName(name)) url.searchParams.set(name, REDACTED);
  }
  return url.toString();
}
