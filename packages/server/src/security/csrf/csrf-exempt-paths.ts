/**
 * WTF_CSRF_EXEMPT_LIST as a matcher. Entries are URL paths in which a `*` segment stands for
 * any one path segment (a dashboard id, say). A trailing slash and the query string do not
 * matter, as routing ignores them too.
 */
export function compileCsrfExemptPaths(patterns: readonly string[]): (url: string) => boolean {
  const expressions = patterns.map((pattern) => {
    const segments = withoutTrailingSlash(pattern)
      .split('/')
      .map((segment) => (segment === '*' ? '[^/]+' : escapeRegExp(segment)));
    return new RegExp(`^${segments.join('/')}$`);
  });
  return (url) => {
    const path = withoutTrailingSlash(url.split('?')[0] ?? url);
    return expressions.some((expression) => expression.test(path));
  };
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
