/**
 * Makes a dashboard's CSS safe to put on the page: comments and `@import` are dropped, URLs
 * that run script (`javascript:`, `vbscript:`, HTML `data:`) and `expression()` lose their
 * declaration, and every selector is prefixed with the dashboard container's selector so the
 * CSS cannot restyle the rest of the app. `html`, `body` and `:root` mean the container.
 */

/** At-rules whose blocks hold rules whose selectors must be scoped too. */
const NESTING_AT_RULES = /^@(media|supports|container|layer|document)\b/i;
/** At-rules whose blocks are kept as they are (their "selectors" are not selectors). */
const VERBATIM_AT_RULES = /^@(-[a-z]+-)?(keyframes|font-face|page|counter-style|property)\b/i;

/** A declaration that could run script: a script URL or an old IE `expression()`. */
const SCRIPT_DECLARATION =
  /[^;{}]*(?:javascript\s*:|vbscript\s*:|data\s*:\s*text\/html|expression\s*\()[^;{}]*;?/gi;

function neutralise(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/@import\b[^;{}]*;?/gi, '')
    .replace(SCRIPT_DECLARATION, '');
}

/** Splits on commas outside parentheses and brackets. */
function splitSelectors(selectors: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selectors) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

function scopeSelector(selector: string, scope: string): string {
  if (selector === scope || selector.startsWith(`${scope} `) || selector.startsWith(`${scope}.`)) {
    return selector;
  }
  const rooted = /^(html|body|:root)\b\s*/i.exec(selector);
  if (rooted) {
    const rest = selector.slice(rooted[0].length).replace(/^(body)\b\s*/i, '');
    return rest ? `${scope} ${rest}` : scope;
  }
  return `${scope} ${selector}`;
}

/** Index of the `}` closing the block whose `{` is at `open`, or the end of the text. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return css.length;
}

function scopeRules(css: string, scope: string): string {
  const output: string[] = [];
  let position = 0;
  while (position < css.length) {
    const open = css.indexOf('{', position);
    const statementEnd = css.indexOf(';', position);
    if (open < 0) break;
    const prelude = css.slice(position, open).trim();
    // A statement at-rule (`@charset ...;`) before the next block: dropped.
    if (prelude.startsWith('@') && statementEnd >= 0 && statementEnd < open) {
      position = statementEnd + 1;
      continue;
    }
    const close = closingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (NESTING_AT_RULES.test(prelude)) {
      output.push(`${prelude} {\n${scopeRules(body, scope)}\n}`);
    } else if (VERBATIM_AT_RULES.test(prelude)) {
      output.push(`${prelude} {${body}}`);
    } else if (!prelude.startsWith('@') && prelude) {
      const selectors = splitSelectors(prelude).map((selector) => scopeSelector(selector, scope));
      output.push(`${selectors.join(', ')} {${body}}`);
    }
    position = close + 1;
  }
  return output.join('\n');
}

/** The dashboard CSS, made safe and scoped under `scope` (a selector such as `.my-dashboard`). */
export function scopeCss(css: string, scope: string): string {
  return scopeRules(neutralise(css), scope);
}
