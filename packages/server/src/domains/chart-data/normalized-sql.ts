const QUOTES = new Set(["'", '"', '`']);

/**
 * SQL with runs of whitespace outside quoted text collapsed to one space and the ends trimmed,
 * so two queries that differ only in layout share a cache entry. Text inside quotes is kept
 * byte for byte: `'a  b'` and `'a b'` are different queries with different answers.
 */
export function normalizeSqlForCacheKey(sql: string): string {
  let out = '';
  let quote: string | null = null;
  let pendingSpace = false;
  for (let i = 0; i < sql.length; i += 1) {
    const char = sql.charAt(i);
    if (quote !== null) {
      out += char;
      if (char === quote) quote = null;
      continue;
    }
    if (/\s/.test(char)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
    if (QUOTES.has(char)) quote = char;
  }
  return out;
}
