/**
 * Returns `next` when it is a path on this site, else `fallback`. Refuses absolute URLs,
 * protocol-relative `//host` and backslash tricks, so a login link cannot send a user away.
 */
export function safeRedirectPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  if ([...next].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  return next;
}
