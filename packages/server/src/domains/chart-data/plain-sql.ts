/** What starts Jinja syntax: an expression, a statement or a comment. */
const TEMPLATE_SYNTAX = /\{[{%#]/;

/**
 * Longest text answered without the renderer: far below the renderer's output limit, so a
 * text the renderer would refuse as too long still goes to it.
 */
const MAX_PLAIN_CHARS = 16_384;

/**
 * The rendering of `sql` when it holds no template syntax, as the Jinja renderer would give
 * it (the text as written, less one trailing newline), without a round trip to a render
 * worker; null when the text has template syntax (or is long) and must be rendered.
 */
export function renderedWithoutSyntax(sql: string): string | null {
  if (sql.length > MAX_PLAIN_CHARS || TEMPLATE_SYNTAX.test(sql)) return null;
  return sql.endsWith('\n') ? sql.slice(0, -1) : sql;
}
