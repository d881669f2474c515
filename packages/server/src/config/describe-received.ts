const SECRET_NAME = /(SECRET|SECRET_KEY|PASSWORD|PASSWD|TOKEN|API_KEY|PRIVATE_KEY)$/i;
const URL_PASSWORD = /^((?:[a-z][a-z0-9+.-]*:\/\/)?[^/:@\s]*:)([^@/\s]*)@/i;
const MAX_SHOWN = 60;

/** Whether a key path names a secret, whose value must never appear in a message. */
export function isSecretPath(path: readonly PropertyKey[]): boolean {
  const last = path.findLast((segment) => typeof segment === 'string');
  return typeof last === 'string' && SECRET_NAME.test(last);
}

/**
 * Describes a received value for a problem report: `"abc" (string)`, `42 (number)`,
 * `a function`. Secrets are hidden and passwords inside URLs are masked.
 */
export function describeReceived(value: unknown, isSecret: boolean): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (isSecret) return describeSecret(value);
  if (typeof value === 'string') {
    return `${JSON.stringify(shorten(maskUrlPassword(value)))} (string)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${String(value)} (${typeof value})`;
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return describeObject(value);
  return `a ${typeof value}`;
}

/** A string with the password of a `scheme://user:password@host` URL (scheme optional) replaced by `***`. */
export function maskUrlPassword(value: string): string {
  return value.replace(URL_PASSWORD, '$1***@');
}

function describeSecret(value: unknown): string {
  if (typeof value === 'string') {
    return `a hidden string of ${value.length} character${value.length === 1 ? '' : 's'}`;
  }
  return `a hidden ${typeof value}`;
}

function describeObject(value: object): string {
  if (Array.isArray(value)) {
    return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  const className = prototype?.constructor?.name;
  if (prototype === null || className === 'Object') return 'an object';
  return `a ${className ?? 'value'} object`;
}

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}
