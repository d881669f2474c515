/**
 * The words of anything a driver throws, for the dialect's error patterns: the message, the
 * inner errors of an AggregateError (Node's connect attempts to several addresses throw one
 * with an empty message) and a socket error's code (`ECONNREFUSED`) when the message lacks it.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  if (error instanceof AggregateError) {
    parts.push(...error.errors.map((inner: unknown) => errorText(inner)));
  }
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (/^E[A-Z]+$/.test(code) && !parts.some((part) => part.includes(code))) parts.push(code);
  return parts.filter(Boolean).join('; ');
}
